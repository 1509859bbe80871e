namespace MscDomain.Dosing;

/// <summary>SNOMED CT, EDQM and CDISC codes for each <see cref="Route"/>, from products-and-dosing.md §3.</summary>
/// <remarks>EDQM codes for intramuscular (20035000) and subcutaneous (20066000) are marked recalled [R] in the
/// domain reference and flagged <see cref="RouteCoding.EdqmRecalledOnly"/>; intra-arterial has none ("look up").</remarks>
public static class RouteCodes
{
    /// <summary>The codes for <paramref name="route"/>.</summary>
    /// <param name="route">The route.</param>
    /// <returns>The coding.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="route"/> is not defined.</exception>
    public static RouteCoding For(Route route) => route switch
    {
        Route.Intravenous => new(route, "47625008", "20045000", "INTRAVENOUS", false),
        Route.Intrathecal => new(route, "72607000", "20042000", "INTRATHECAL", false),
        Route.IntraArterial => new(route, "58100008", null, "INTRA-ARTERIAL", false),
        Route.Intramuscular => new(route, "78421000", "20035000", "INTRAMUSCULAR", true),
        Route.Subcutaneous => new(route, "34206005", "20066000", "SUBCUTANEOUS", true),
        Route.Oral => new(route, null, null, "ORAL", false),
        Route.Intraspinal => new(route, null, null, "INTRASPINAL", false),
        Route.NotReported => new(route, null, null, "UNKNOWN", false),
        _ => throw new ArgumentOutOfRangeException(nameof(route), route, $"Route {route} is not defined."),
    };
}
