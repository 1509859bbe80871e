using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Safety;

/// <summary>One administration or procedure a participant was exposed to: when it started and by which route(s).</summary>
/// <remarks>
/// Start times are local clock times at the site; elapsed hours between two <see cref="LocalDateTime"/>s are computed without a time
/// zone, so a daylight-saving change inside an infusion window shifts the result by an hour. The timing rules anchor the study day on
/// the first exposure with <see cref="IsStudyTreatment"/> (safety.md §12).
/// </remarks>
public sealed record Exposure
{
    /// <summary>Creates an exposure.</summary>
    /// <param name="start">The start (infusion start, injection or puncture time).</param>
    /// <param name="routes">The route(s); at least one.</param>
    /// <param name="isStudyTreatment">Whether this is a dose of study treatment (product or placebo) rather than a procedure only;
    /// default <see langword="true"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">No route, or undefined route flags.</exception>
    [JsonConstructor]
    public Exposure(LocalDateTime start, ExposureRoute routes, bool isStudyTreatment = true)
    {
        if (routes == ExposureRoute.None || ((int)routes & ~63) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(routes), routes, "An exposure needs at least one defined route.");
        }

        Start = start;
        Routes = routes;
        IsStudyTreatment = isStudyTreatment;
    }

    /// <summary>The start.</summary>
    public LocalDateTime Start { get; }

    /// <summary>The route(s).</summary>
    public ExposureRoute Routes { get; }

    /// <summary>Whether this is a dose of study treatment rather than a procedure only.</summary>
    public bool IsStudyTreatment { get; }
}
