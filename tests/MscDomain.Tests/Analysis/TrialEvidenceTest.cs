using MscDomain.Analysis;
using MscDomain.Common;
using MscDomain.Samples;

namespace MscDomain.Tests.Analysis;

/// <summary>Extraction from the bundled trial documents (samples/data/trials); expected numbers computed by hand from the documents.</summary>
public sealed class TrialEvidenceTest
{
    private static TrialEvidenceSet Extract(string outcome, EffectMeasure measure, int? min = null, int? max = null) =>
        TrialEvidence.Extract(PublishedTrials.LoadAll(), new TrialEvidenceQuery(outcome, measure, min, max));

    [Fact]
    public void Relapse_free_in_Petrou_combines_both_MSC_arms_against_sham()
    {
        // Petrou 2020: relapse-free 30/32 (IT) + 25/32 (IV) = 55/64 vs sham 17/32.
        var set = Extract("relapse-free", EffectMeasure.RR);
        var petrou = set.Studies.Should().ContainSingle().Which;
        petrou.TrialId.Should().Be("PETROU-2020");
        petrou.ExperimentalArmIds.Should().Equal("msc-it", "msc-iv");
        petrou.ComparatorArmId.Should().Be("sham");
        petrou.Effect.Yi.Should().BeApproximately(Math.Log((55.0 / 64) / (17.0 / 32)), 1e-14);
        petrou.Effect.Vi.Should().BeApproximately((1 / 55.0) - (1 / 64.0) + (1 / 17.0) - (1 / 32.0), 1e-14);
        petrou.ResultPaths.Should().HaveCount(3);
        petrou.Conversion.Should().Contain("23.3.4");
    }

    [Fact]
    public void MESEMS_rate_ratio_is_converted_to_the_log_scale_with_the_SE_from_the_CI()
    {
        // MESEMS 2021: GEL rate ratio 0.94 (95% CI 0.58-1.50). SE = (ln 1.5 - ln 0.58)/(2 x 1.959964) = 0.242418...
        var set = Extract("gd-enhancing-lesions", EffectMeasure.IRR);
        var mesems = set.Studies.Should().ContainSingle().Which;
        mesems.TrialId.Should().Be("MESEMS-2021");
        mesems.Effect.Yi.Should().BeApproximately(Math.Log(0.94), 1e-15);
        var se = (Math.Log(1.5) - Math.Log(0.58)) / (2 * 1.959963984540054);
        mesems.Effect.Vi.Should().BeApproximately(se * se, 1e-12);
        mesems.Conversion.Should().Contain("6.3.2");
        // Llufriu reports arm means with CIs ("estimate"), not a rate ratio: excluded with a reason.
        set.Excluded.Where(e => e.TrialId == "LLUFRIU-2014").Should().NotBeEmpty()
            .And.OnlyContain(e => e.Reason.Contains("not a rate ratio", StringComparison.Ordinal));
        set.Issues.Should().OnlyContain(i => i.Code == DataIssueCodes.ResultExcluded && i.Location.Path!.StartsWith("$.results[", StringComparison.Ordinal));
    }

    [Fact]
    public void Means_without_n_are_excluded_with_the_reason()
    {
        var set = Extract("t25fw-change", EffectMeasure.MD);
        set.Studies.Should().BeEmpty();
        set.Excluded.Should().Contain(e => e.TrialId == "PETROU-2020" && e.Reason.Contains("n is not reported", StringComparison.Ordinal));
    }

    [Fact]
    public void Percentages_are_never_back_calculated()
    {
        var set = Extract("edss-plus-improvement", EffectMeasure.RR);
        set.Studies.Should().BeEmpty();
        set.Excluded.Should().Contain(e => e.Reason.Contains("never back-calculated", StringComparison.Ordinal));
    }

    [Fact]
    public void Timepoint_window_excludes_results_outside_it()
    {
        // Petrou's relapse-free is at 6 months (about 183 days): a window ending at 90 days excludes all three arms.
        var set = Extract("relapse-free", EffectMeasure.RR, max: 90);
        set.Studies.Should().BeEmpty();
        set.Excluded.Count(e => e.TrialId == "PETROU-2020" && e.Reason.Contains("outside the window", StringComparison.Ordinal)).Should().Be(3);
        Extract("relapse-free", EffectMeasure.RR, min: 150, max: 200).Studies.Should().ContainSingle();
    }

    [Fact]
    public void Single_arm_proportions_pool_experimental_arms()
    {
        // Harris 2018: sustained EDSS improvement 7/20.
        var set = Extract("edss", EffectMeasure.PR);
        set.Studies.Should().Contain(s => s.TrialId == "HARRIS-2018" && Math.Abs(s.Effect.Yi - 0.35) < 1e-15);
    }

    [Fact]
    public void A_pooled_result_keeps_provenance_through_the_fit()
    {
        var set = Extract("relapses", EffectMeasure.RR);
        var fit = MetaAnalysis.Fit(set.Effects, new MetaAnalysisOptions(), set.Scale);
        fit.Studies.Select(s => s.Study).Should().Equal(set.Studies.Select(s => s.TrialId));
        fit.Studies.Should().OnlyContain(s => s.Location.File != null);
    }

    [Fact]
    public void Unsupported_measures_exclude_every_result()
    {
        var set = Extract("relapse-free", EffectMeasure.IRD);
        set.Studies.Should().BeEmpty();
        set.Excluded.Should().OnlyContain(e => e.Reason.Contains("cannot be derived", StringComparison.Ordinal));
    }

    [Fact]
    public void A_window_with_min_above_max_is_refused() =>
        FluentActions.Invoking(() => new TrialEvidenceQuery("edss", EffectMeasure.RR, 10, 5)).Should().Throw<ArgumentException>();
}
