using MscDomain.Dosing;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>A period of a crossover (or run-in) design with its boundaries from study start, washout gap and re-randomisation.</summary>
/// <remarks>MESEMS 2021: periods 0–24 and 24–48 weeks; Harris 2024: two 1-year periods with a 3-month gap; Petrou 2020:
/// period 2 starts at month 6 with re-randomisation.</remarks>
/// <param name="Id">Id unique within the design.</param>
/// <param name="Label">Label, e.g. "period 1".</param>
/// <param name="Start">Start offset from study day 0 (randomisation / first treatment).</param>
/// <param name="End">End offset, or null when open.</param>
/// <param name="GapBefore">Washout or gap before this period, or null.</param>
/// <param name="ReRandomized">Whether participants are randomised again at the start of this period.</param>
public sealed record TrialPeriod(string Id, string Label, CalendarInterval Start, CalendarInterval? End = null, CalendarInterval? GapBefore = null, bool ReRandomized = false)
{
    /// <summary>Id (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank id or label, or an end in another unit that is not after the start.</exception>
    public string Id { get; } = Require.NotBlank(Id, nameof(Id));

    /// <summary>Label (non-blank).</summary>
    public string Label { get; } = Require.NotBlank(Label, nameof(Label));

    /// <summary>End offset (after the start when in the same unit), or null.</summary>
    public CalendarInterval? End { get; } = End is { } e && e.Unit == Start.Unit && e.Amount <= Start.Amount
        ? throw new ArgumentOutOfRangeException(nameof(End), e.ToString(), $"TrialPeriod '{Id}': End must be after Start ({Start}); {e} is not.")
        : End;
}
