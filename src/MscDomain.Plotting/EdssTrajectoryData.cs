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
}
