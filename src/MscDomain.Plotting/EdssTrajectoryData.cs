using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Plotting;

/// <summary>
/// What an EDSS trajectory figure shows for one participant: the EDSS visits, the dates and routes of
/// MSC administrations, relapse onsets, the baseline EDSS, and the onset and confirmation of a
/// disability event.
/// </summary>
/// <remarks>
/// Inputs are kept primitive (dates and decimals) so any source can feed the figure; adapters from the
/// disability engine's results can build this record. Visit dates must be strictly ascending and every
/// EDSS a valid step (0, 1.0 to 10 by 0.5; Kurtzke 1983); these are checked when the figure is drawn.
/// </remarks>
/// <param name="ParticipantId">The participant identifier, shown in the default title.</param>
/// <param name="Visits">EDSS assessments by date, at least one, dates strictly ascending.</param>
public sealed record EdssTrajectoryData(string ParticipantId, IReadOnlyList<(LocalDate Date, decimal Edss)> Visits)
{
    /// <summary>MSC administrations: date and route label (e.g. "IT" intrathecal, "IV" intravenous). Default none.</summary>
    public IReadOnlyList<(LocalDate Date, string Route)> Administrations { get; init; } = [];

    /// <summary>Relapse onset dates. Default none.</summary>
    public IReadOnlyList<LocalDate> Relapses { get; init; } = [];

    /// <summary>The baseline EDSS drawn as a horizontal reference line, or <see langword="null"/> for none.</summary>
    public decimal? BaselineEdss { get; init; }

    /// <summary>The date of onset of the disability event (first worsened visit), or <see langword="null"/>.</summary>
    public LocalDate? EventOnset { get; init; }

    /// <summary>The date the event was confirmed (confirmation visit), or <see langword="null"/>.</summary>
    public LocalDate? EventConfirmation { get; init; }

    /// <summary>
    /// The figure data of an EDSS confirmed-change analysis: the visits with an EDSS value, the relapse
    /// onsets, and the first event's baseline, onset and first confirmation visit.
    /// </summary>
    /// <param name="participantId">The participant identifier.</param>
    /// <param name="visits">The EDSS visits given to <see cref="ConfirmedChangeEngine.Analyze"/>; visits without a value are left out.</param>
    /// <param name="relapseOnsets">The relapse onsets given to the engine.</param>
    /// <param name="result">The engine's result for these visits.</param>
    /// <returns>The figure data; add <see cref="Administrations"/> with <c>with { ... }</c>.</returns>
    /// <remarks>
    /// Baseline: the reference visit of the first event (which may be a re-baselined, "roving" reference),
    /// or the first visit's EDSS when there is no event. Confirmation: the first confirmation visit of the
    /// shortest confirmation period that has one.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EdssTrajectoryData FromConfirmedChange(string participantId, IReadOnlyList<DisabilityVisit> visits, IReadOnlyList<LocalDate> relapseOnsets, ConfirmedChangeResult result)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(relapseOnsets);
        ArgumentNullException.ThrowIfNull(result);
        var points = visits.Where(v => v.Value.HasValue).OrderBy(v => v.Date).Select(v => (v.Date, v.Value!.Value)).ToList();
        var first = result.Events.Count > 0 ? result.Events[0] : null;
        var confirmation = first?.Confirmations.OrderBy(c => c.PeriodDays).Select(c => c.Visit).FirstOrDefault(v => v.HasValue);
        return new EdssTrajectoryData(participantId, points)
        {
            Relapses = relapseOnsets,
            BaselineEdss = first?.Baseline.Value ?? (points.Count > 0 ? points[0].Item2 : null),
            EventOnset = first?.Onset.Date,
            EventConfirmation = confirmation?.Date,
        };
    }
}
