using System.Collections.Immutable;
using MscDomain.Common;
using MscDomain.Dosing;
using MscDomain.Outcomes;

namespace MscDomain.Trials;

/// <summary>When an assessment is done: at listed timepoints ("months 1, 3, 6, 7, 9, 12"), every interval ("MRI every 3
/// months"), or both.</summary>
/// <remarks>CDISC TAUG-MS schedule of assessments (visits with their planned study day); ClinicalTrials.gov API v2 keeps
/// it in free text. Timepoints are offsets from study day 0, like <see cref="TrialPeriod.Start"/>.</remarks>
/// <param name="Name">What is assessed, e.g. "3T MRI", "visits", "OCT".</param>
/// <param name="Timepoints">Planned timepoints from study day 0, in order; may be empty when <paramref name="Every"/> is given.</param>
/// <param name="Measure">The catalogue measure, or null for visits and non-catalogue assessments.</param>
/// <param name="Every">Repeat interval, or null.</param>
/// <param name="Until">Last timepoint of a repeated assessment, or null for the end of follow-up.</param>
/// <param name="Text">The source's wording, or null.</param>
public sealed record AssessmentSchedule(
    string Name,
    ImmutableArray<CalendarInterval> Timepoints,
    OutcomeMeasure? Measure = null,
    CalendarInterval? Every = null,
    CalendarInterval? Until = null,
    string? Text = null)
{
    /// <summary>What is assessed (non-blank).</summary>
    /// <exception cref="ArgumentException">A blank name, neither timepoints nor a repeat interval, timepoints out of order, or an empty repeat interval.</exception>
    public string Name { get; } = Require.NotBlank(Name, nameof(Name));

    /// <summary>Planned timepoints, in order.</summary>
    public ImmutableArray<CalendarInterval> Timepoints { get; } = CheckTimepoints(Require.NotDefault(Timepoints, nameof(Timepoints)), Every);

    /// <summary>Repeat interval (at least 1 unit), or null.</summary>
    public CalendarInterval? Every { get; } = Every is { Amount: < 1 } e
        ? throw new ArgumentOutOfRangeException(nameof(Every), e.ToString(), "AssessmentSchedule.Every must be at least 1 unit.")
        : Every;

    /// <summary>The source's wording, or null.</summary>
    public string? Text { get; } = Require.NullOrNotBlank(Text, nameof(Text));

    private static ImmutableArray<CalendarInterval> CheckTimepoints(ImmutableArray<CalendarInterval> timepoints, CalendarInterval? every)
    {
        if (timepoints.IsEmpty && every is null)
        {
            throw new ArgumentException("AssessmentSchedule needs Timepoints or an Every interval.", nameof(Timepoints));
        }

        for (var i = 1; i < timepoints.Length; i++)
        {
            if (timepoints[i].ApproximateDays() <= timepoints[i - 1].ApproximateDays())
            {
                throw new ArgumentException($"AssessmentSchedule.Timepoints[{i}] {timepoints[i]} is not after {timepoints[i - 1]}; list timepoints in order.", nameof(Timepoints));
            }
        }

        return timepoints;
    }
}
