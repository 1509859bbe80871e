using MscDomain.Dosing;

namespace MscDomain.Safety;

/// <summary>Builds the safety timing rules' <see cref="Exposure"/>s from the dosing model's <see cref="Administration"/>s.</summary>
/// <remarks>Only administrations that reached the participant (<see cref="Administration.WasDosed"/>) count. The routes of all components
/// of one administration are merged into one exposure (an IT + IV course is one administration event with two routes, safety.md §12).
/// Intravenous → <see cref="ExposureRoute.Intravenous"/>, intrathecal → <see cref="ExposureRoute.Intrathecal"/>, any other route →
/// <see cref="ExposureRoute.OtherRoute"/>. Procedures without product (diagnostic or sham lumbar puncture, bone-marrow aspiration)
/// are not in the dosing model: add them as <see cref="Exposure"/>s with <c>isStudyTreatment: false</c>.</remarks>
public static class ExposureAdapter
{
    /// <summary>The exposures of the dosed administrations, in the given order.</summary>
    /// <param name="administrations">The participant's administrations.</param>
    /// <returns>One exposure per dosed administration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="administrations"/> is null.</exception>
    public static IReadOnlyList<Exposure> FromAdministrations(IEnumerable<Administration> administrations)
    {
        ArgumentNullException.ThrowIfNull(administrations);
        var result = new List<Exposure>();
        foreach (var a in administrations)
        {
            if (!a.WasDosed)
            {
                continue;
            }

            var routes = ExposureRoute.None;
            foreach (var c in a.Components)
            {
                routes |= c.Route switch
                {
                    Route.Intravenous => ExposureRoute.Intravenous,
                    Route.Intrathecal => ExposureRoute.Intrathecal,
                    _ => ExposureRoute.OtherRoute,
                };
            }

            result.Add(new Exposure(a.Date, routes, a.Time));
        }

        return result;
    }
}
