using System.Collections.Immutable;
using System.Globalization;
using MscDomain.Outcomes;

namespace MscDomain.Cells;

/// <summary>Evaluates the ISCT minimal criteria for MSC (Dominici et al., Cytotherapy 2006;8:315–7, doi:10.1080/14653240600855905).</summary>
/// <remarks>Positive markers CD105, CD73, CD90: at least 95% positive; negative markers CD45, CD34, CD14/CD11b, CD79α/CD19,
/// HLA-DR: at most 2% positive. Comparisons are inclusive and exact (decimal). Missing data gives "not assessable", never a pass.</remarks>
public static class IsctCriteria
{
    /// <summary>The positive-marker threshold: at least 95% of cells.</summary>
    public const decimal PositiveMarkerMinimumPercent = 95m;

    /// <summary>The negative-marker threshold: at most 2% of cells.</summary>
    public const decimal NegativeMarkerMaximumPercent = 2m;

    /// <summary>Evaluates every criterion of <paramref name="panel"/>.</summary>
    /// <param name="panel">The measured panel.</param>
    /// <returns>Per-criterion results and the verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="panel"/> is null.</exception>
    public static IsctEvaluation Evaluate(IsctPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ImmutableArray<IsctCriterionResult> results =
        [
            Assay(IsctCriterion.PlasticAdherence, panel.PlasticAdherence),
            Positive(IsctCriterion.Cd105, "CD105", panel.Cd105),
            Positive(IsctCriterion.Cd73, "CD73", panel.Cd73),
            Positive(IsctCriterion.Cd90, "CD90", panel.Cd90),
            Negative(IsctCriterion.Cd45, "CD45", panel.Cd45),
            Negative(IsctCriterion.Cd34, "CD34", panel.Cd34),
            Negative(IsctCriterion.Cd14OrCd11b, "CD14/CD11b", panel.Cd14OrCd11b),
            Negative(IsctCriterion.Cd79aOrCd19, "CD79a/CD19", panel.Cd79aOrCd19),
            Negative(IsctCriterion.HlaDr, "HLA-DR", panel.HlaDr),
            Assay(IsctCriterion.Osteogenic, panel.Osteogenic),
            Assay(IsctCriterion.Adipogenic, panel.Adipogenic),
            Assay(IsctCriterion.Chondrogenic, panel.Chondrogenic),
        ];
        var verdict = results.Any(r => r.Status == CriterionStatus.Failed) ? IsctVerdict.Fails
            : results.All(r => r.Status == CriterionStatus.Met) ? IsctVerdict.Meets
            : IsctVerdict.NotAssessable;
        return new IsctEvaluation(results, verdict);
    }

    private static IsctCriterionResult Positive(IsctCriterion criterion, string marker, Percentage? measured)
    {
        if (measured is not { } m)
        {
            return new(criterion, CriterionStatus.NotAssessable, null, PositiveMarkerMinimumPercent, null, $"{marker} not measured; needs >= 95% positive.");
        }

        return m.Value >= PositiveMarkerMinimumPercent
            ? new(criterion, CriterionStatus.Met, m.Value, PositiveMarkerMinimumPercent, null, $"{marker} {F(m.Value)}% >= 95%.")
            : new(criterion, CriterionStatus.Failed, m.Value, PositiveMarkerMinimumPercent, PositiveMarkerMinimumPercent - m.Value,
                $"{marker} {F(m.Value)}% < 95% by {F(PositiveMarkerMinimumPercent - m.Value)} percentage points.");
    }

    private static IsctCriterionResult Negative(IsctCriterion criterion, string marker, Percentage? measured)
    {
        if (measured is not { } m)
        {
            return new(criterion, CriterionStatus.NotAssessable, null, NegativeMarkerMaximumPercent, null, $"{marker} not measured; needs <= 2% positive.");
        }

        return m.Value <= NegativeMarkerMaximumPercent
            ? new(criterion, CriterionStatus.Met, m.Value, NegativeMarkerMaximumPercent, null, $"{marker} {F(m.Value)}% <= 2%.")
            : new(criterion, CriterionStatus.Failed, m.Value, NegativeMarkerMaximumPercent, m.Value - NegativeMarkerMaximumPercent,
                $"{marker} {F(m.Value)}% > 2% by {F(m.Value - NegativeMarkerMaximumPercent)} percentage points.");
    }

    private static IsctCriterionResult Assay(IsctCriterion criterion, TestOutcome outcome) => outcome switch
    {
        TestOutcome.Pass => new(criterion, CriterionStatus.Met, null, null, null, $"{criterion}: pass."),
        TestOutcome.Fail => new(criterion, CriterionStatus.Failed, null, null, null, $"{criterion}: fail."),
        _ => new(criterion, CriterionStatus.NotAssessable, null, null, null, $"{criterion}: not tested."),
    };

    private static string F(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
