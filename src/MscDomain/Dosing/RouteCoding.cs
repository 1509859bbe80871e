namespace MscDomain.Dosing;

/// <summary>The interchange codes of one <see cref="Route"/>.</summary>
/// <param name="Route">The route.</param>
/// <param name="SnomedCtCode">SNOMED CT concept id, or null when not in the domain reference.</param>
/// <param name="EdqmCode">EDQM Standard Term code (system urn:oid:0.4.0.127.0.16.1.1.2.1), or null when not verified.</param>
/// <param name="CdiscRoute">CDISC SDTM ROUTE submission value.</param>
/// <param name="EdqmRecalledOnly">True when the EDQM code is recalled, not verified (marked [R] in the domain doc).</param>
public sealed record RouteCoding(Route Route, string? SnomedCtCode, string? EdqmCode, string CdiscRoute, bool EdqmRecalledOnly)
{
    /// <summary>The EDQM Standard Terms code-system URI.</summary>
    public const string EdqmSystem = "urn:oid:0.4.0.127.0.16.1.1.2.1";

    /// <summary>The SNOMED CT code-system URI.</summary>
    public const string SnomedCtSystem = "http://snomed.info/sct";
}
