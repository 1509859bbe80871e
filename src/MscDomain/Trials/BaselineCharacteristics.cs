using System.Collections.Immutable;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>
/// A baseline characteristics table ("Table 1") for a whole trial or one arm: N, age, sex, course mix, disease duration,
/// baseline EDSS and MRI activity.
/// </summary>
/// <remarks>ClinicalTrials.gov API v2 baselineCharacteristicsModule (denoms, measures with mean/SD, median/IQR, range and
/// counts). Counts above <see cref="Participants"/> are impossible and reported by <see cref="TrialDocument.CheckConsistency"/>
/// (MSC1015), not thrown, so a reader sees every problem at once.</remarks>
/// <param name="Courses">Participants per disease course (may be empty; omitted in JSON means empty).</param>
/// <param name="Participants">N the table describes, or null.</param>
/// <param name="AgeYears">Age in years, or null.</param>
/// <param name="Female">Women, or null.</param>
/// <param name="Male">Men, or null.</param>
/// <param name="DiseaseDurationYears">Disease duration in years, or null.</param>
/// <param name="Edss">Baseline EDSS, or null.</param>
/// <param name="GdEnhancingParticipants">Participants with at least one Gd-enhancing lesion, or null.</param>
/// <param name="GdEnhancingPercent">Percentage with at least one Gd-enhancing lesion as printed (0–100), or null.</param>
/// <param name="Text">Other baseline facts verbatim, or null.</param>
public sealed record BaselineCharacteristics(
    ImmutableArray<CourseCount> Courses,
    int? Participants = null,
    DescriptiveSummary? AgeYears = null,
    int? Female = null,
    int? Male = null,
    DescriptiveSummary? DiseaseDurationYears = null,
    DescriptiveSummary? Edss = null,
    int? GdEnhancingParticipants = null,
    decimal? GdEnhancingPercent = null,
    string? Text = null)
{
    /// <summary>N (at least 0), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count or a percentage outside 0–100.</exception>
    public int? Participants { get; } = Require.NonNegative(Participants, nameof(Participants));

    /// <summary>Women (at least 0), or null.</summary>
    public int? Female { get; } = Require.NonNegative(Female, nameof(Female));

    /// <summary>Men (at least 0), or null.</summary>
    public int? Male { get; } = Require.NonNegative(Male, nameof(Male));

    /// <summary>Participants per course.</summary>
    public ImmutableArray<CourseCount> Courses { get; } = Require.NotDefault(Courses, nameof(Courses));

    /// <summary>Participants with Gd-enhancing lesions (at least 0), or null.</summary>
    public int? GdEnhancingParticipants { get; } = Require.NonNegative(GdEnhancingParticipants, nameof(GdEnhancingParticipants));

    /// <summary>Percentage with Gd-enhancing lesions (0–100), or null.</summary>
    public decimal? GdEnhancingPercent { get; } = Require.Between(GdEnhancingPercent, 0m, 100m, nameof(GdEnhancingPercent));

    /// <summary>Other baseline facts, or null.</summary>
    public string? Text { get; } = Require.NullOrNotBlank(Text, nameof(Text));
}
