using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Safety;

/// <summary>One administration or procedure a participant was exposed to: its date, start time when known, and route(s).</summary>
/// <remarks>
/// <para>Times are local clock times at the site; elapsed hours between two local date-times are computed without a time zone, so a
/// daylight-saving change inside an infusion window shifts the result by an hour. Without a <see cref="Time"/>, hour windows measured
/// from this exposure are indeterminate unless the onset is certainly outside (safety.md §12: never guessed).</para>
/// <para>The study day is anchored on the first exposure with <see cref="IsStudyTreatment"/>. Build exposures from the dosing model with
/// <see cref="ExposureAdapter.FromAdministrations"/>.</para>
/// </remarks>
public sealed record Exposure
{
    /// <summary>Creates an exposure.</summary>
    /// <param name="date">The date of the administration or procedure.</param>
    /// <param name="routes">The route(s); at least one.</param>
    /// <param name="time">The start time (infusion start, injection or puncture); <see langword="null"/> when unknown.</param>
    /// <param name="isStudyTreatment">Whether this is a dose of study treatment (product or placebo) rather than a procedure only;
    /// default <see langword="true"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">No route, or undefined route flags.</exception>
    [JsonConstructor]
    public Exposure(LocalDate date, ExposureRoute routes, LocalTime? time = null, bool isStudyTreatment = true)
    {
        if (routes == ExposureRoute.None || ((int)routes & ~63) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(routes), routes, "An exposure needs at least one defined route.");
        }

        Date = date;
        Routes = routes;
        Time = time;
        IsStudyTreatment = isStudyTreatment;
    }

    /// <summary>Creates an exposure whose start time is known.</summary>
    /// <param name="start">The start.</param>
    /// <param name="routes">The route(s); at least one.</param>
    /// <param name="isStudyTreatment">Whether this is a dose of study treatment; default <see langword="true"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">No route, or undefined route flags.</exception>
    public Exposure(LocalDateTime start, ExposureRoute routes, bool isStudyTreatment = true)
        : this(start.Date, routes, start.TimeOfDay, isStudyTreatment)
    {
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>The route(s).</summary>
    public ExposureRoute Routes { get; }

    /// <summary>The start time; <see langword="null"/> when unknown.</summary>
    public LocalTime? Time { get; }

    /// <summary>Whether this is a dose of study treatment rather than a procedure only.</summary>
    public bool IsStudyTreatment { get; }

    /// <summary>The start date and time; <see langword="null"/> when the time is unknown.</summary>
    [JsonIgnore]
    public LocalDateTime? Start => Time is { } t ? Date + t : null;
}
