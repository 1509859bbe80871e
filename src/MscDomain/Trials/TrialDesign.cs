using System.Collections.Immutable;
using MscDomain.Dosing;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>A study design: phases, allocation, model, masking, periods and sequences (crossover, re-randomisation), stratification, run-in and follow-up.</summary>
/// <param name="Phases">Phases (PHASE1 + PHASE2 as two entries); at least one.</param>
/// <param name="Allocation">Allocation.</param>
/// <param name="Model">Intervention model.</param>
/// <param name="Masking">Masking level.</param>
/// <param name="MaskedRoles">Who is masked.</param>
/// <param name="UnmaskedRoles">Named unmasked roles, e.g. "haematologist preparing the dose".</param>
/// <param name="Periods">Periods in order (empty for single-period designs).</param>
/// <param name="Sequences">Allocation sequences, one arm per period (empty for single-period designs).</param>
/// <param name="StratificationFactors">Stratification factors as text, e.g. "baseline EDSS 3.0–4.0 / 4.5–5.5 / 6.0 / 6.5".</param>
/// <param name="RunIn">Run-in before randomisation, or null.</param>
/// <param name="FollowUp">Follow-up after first treatment, or null.</param>
/// <param name="CompassionateCrossover">Whether everyone receives the active product in one of the periods (Harris 2024).</param>
/// <param name="Description">Free description (CT.gov interventionModelDescription), or null.</param>
/// <param name="PhaseSubStage">Phase sub-stage as printed (phase 2a: Phases [phase2], sub-stage a), or null.</param>
/// <param name="FollowUpSummary">Follow-up as reported (mean, median, range, up to), or null.</param>
public sealed record TrialDesign(
    ImmutableArray<TrialPhase> Phases,
    Allocation Allocation,
    InterventionModel Model,
    Masking Masking,
    ImmutableArray<MaskedRole> MaskedRoles,
    ImmutableArray<string> UnmaskedRoles,
    ImmutableArray<TrialPeriod> Periods,
    ImmutableArray<ArmSequence> Sequences,
    ImmutableArray<string> StratificationFactors,
    CalendarInterval? RunIn = null,
    CalendarInterval? FollowUp = null,
    bool CompassionateCrossover = false,
    string? Description = null,
    PhaseSubStage? PhaseSubStage = null,
    FollowUpSummary? FollowUpSummary = null)
{
    /// <summary>Allocation ratio in arm order (1:1 is [1, 1]; 2:1 is [2, 1]); empty when not stated.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part below 1.</exception>
    public ImmutableArray<int> AllocationRatio
    {
        get;
        init => field = Require.NotDefault(value, nameof(AllocationRatio)).Any(r => r < 1)
            ? throw new ArgumentOutOfRangeException(nameof(AllocationRatio), string.Join(":", value), "TrialDesign.AllocationRatio parts must be >= 1.")
            : Require.NotDefault(value, nameof(AllocationRatio));
    } = [];

    /// <summary>Phases (at least one).</summary>
    /// <exception cref="ArgumentException">No phase, a crossover with fewer than 2 periods, a sequence whose length differs from the period count, or duplicate ids.</exception>
    public ImmutableArray<TrialPhase> Phases { get; } = Require.NotEmpty(Phases, nameof(Phases));

    /// <summary>Who is masked.</summary>
    public ImmutableArray<MaskedRole> MaskedRoles { get; } = Require.NotDefault(MaskedRoles, nameof(MaskedRoles));

    /// <summary>Named unmasked roles.</summary>
    public ImmutableArray<string> UnmaskedRoles { get; } = Require.NotDefault(UnmaskedRoles, nameof(UnmaskedRoles));

    /// <summary>Periods in order.</summary>
    public ImmutableArray<TrialPeriod> Periods { get; } = CheckPeriods(Model, Periods);

    /// <summary>Allocation sequences (each lists one arm per period).</summary>
    public ImmutableArray<ArmSequence> Sequences { get; } = CheckSequences(Periods, Sequences);

    /// <summary>Stratification factors.</summary>
    public ImmutableArray<string> StratificationFactors { get; } = Require.NotDefault(StratificationFactors, nameof(StratificationFactors));

    private static ImmutableArray<TrialPeriod> CheckPeriods(InterventionModel model, ImmutableArray<TrialPeriod> periods)
    {
        periods = Require.NotDefault(periods, nameof(Periods));
        Require.UniqueIds(periods, p => p.Id, nameof(Periods));
        if (model == InterventionModel.Crossover && periods.Length < 2)
        {
            throw new ArgumentException($"TrialDesign with model crossover needs at least 2 periods; {periods.Length} given.", nameof(Periods));
        }

        return periods;
    }

    private static ImmutableArray<ArmSequence> CheckSequences(ImmutableArray<TrialPeriod> periods, ImmutableArray<ArmSequence> sequences)
    {
        sequences = Require.NotDefault(sequences, nameof(Sequences));
        periods = Require.NotDefault(periods, nameof(Periods));
        Require.UniqueIds(sequences, s => s.Id, nameof(Sequences));
        foreach (var s in sequences)
        {
            if (s.ArmIds.Length != periods.Length)
            {
                throw new ArgumentException($"TrialDesign sequence '{s.Id}' lists {s.ArmIds.Length} arms but the design has {periods.Length} periods; one arm per period.", nameof(Sequences));
            }
        }

        return sequences;
    }
}
