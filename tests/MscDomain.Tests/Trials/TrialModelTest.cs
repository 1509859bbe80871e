using System.Collections.Immutable;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using MscDomain.Trials;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Tests.Trials;

public sealed class TrialModelTest
{
    [Fact]
    public void Petrou_2020_re_randomised_crossover_has_six_sequences_of_eight()
    {
        var doc = SampleDocuments.Petrou2020();
        doc.Design.Sequences.Should().HaveCount(6);
        doc.Design.Sequences.Sum(s => s.Participants).Should().Be(48);
        doc.Design.Periods[1].ReRandomized.Should().BeTrue();
        doc.Arm("sham").Type.Should().Be(ArmType.ShamComparator);
    }

    [Fact]
    public void Sequence_length_must_match_period_count()
    {
        var act = () => new TrialDesign([TrialPhase.Phase2], Allocation.Randomized, InterventionModel.Crossover, Masking.Double, [], [],
            [new TrialPeriod("p1", "1", CalendarInterval.Weeks(0)), new TrialPeriod("p2", "2", CalendarInterval.Weeks(24))],
            [new ArmSequence("s", "s", ["a"])], []);
        act.Should().Throw<ArgumentException>().WithMessage("*one arm per period*");
    }

    [Fact]
    public void Crossover_needs_two_periods()
    {
        var act = () => new TrialDesign([TrialPhase.Phase2], Allocation.Randomized, InterventionModel.Crossover, Masking.Double, [], [], [], [], []);
        act.Should().Throw<ArgumentException>().WithParameterName("Periods");
    }

    [Fact]
    public void Period_end_must_follow_start()
    {
        var act = () => new TrialPeriod("p", "p", CalendarInterval.Weeks(24), CalendarInterval.Weeks(24));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("End");
        new TrialPeriod("p", "p", CalendarInterval.Weeks(24), CalendarInterval.Weeks(25)).End.Should().Be(CalendarInterval.Weeks(25));
    }

    [Fact]
    public void Unknown_product_in_a_regimen_is_rejected()
    {
        var doc = SampleDocuments.Petrou2020();
        var arm = new Arm("x", "x", ArmType.Experimental, Regimen.Of(new SingleAdministration(), new AdministrationComponent("nope", Route.Intravenous, new NotReportedDose())), []);
        var act = () => doc with { };
        act.Should().NotThrow();
        var bad = () => new TrialDocument(1, "T", "T", doc.Citations, [], doc.Design, doc.Products, doc.Placebos, doc.Arms.Add(arm), [], [], [], [], []);
        bad.Should().Throw<ArgumentException>().WithMessage("*'nope'*");
    }

    [Fact]
    public void Missing_parent_product_is_rejected()
    {
        var doc = SampleDocuments.Petrou2020();
        var bad = () => new TrialDocument(1, "T", "T", doc.Citations, [], doc.Design, [doc.Products[1]], doc.Placebos, [doc.Arms[2]],
            [], [], [], [], []);
        bad.Should().Throw<ArgumentException>().WithMessage("*parent 'bm-msc'*");
    }

    [Theory]
    [InlineData(0, 1, true)]
    [InlineData(1, 1, true)]
    [InlineData(2, 1, false)]
    [InlineData(-1, 1, false)]
    [InlineData(0, 0, false)]
    public void Proportion_needs_0_le_n_le_N_and_N_ge_1(int n, int total, bool ok)
    {
        var act = () => new ProportionStatistic(n, total);
        if (ok)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>();
        }
    }

    [Fact]
    public void Proportion_percent_is_exact() => new ProportionStatistic(2, 30).Percent.Should().BeApproximately(6.6667m, 0.0001m);

    [Theory]
    [InlineData("0", true)]
    [InlineData("1", true)]
    [InlineData("1.0001", false)]
    [InlineData("-0.0001", false)]
    public void P_value_is_between_0_and_1(string p, bool ok)
    {
        var act = () => new ReportedResult("o", new NotReportedStatistic(), Verification.Verified, PValue: decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture));
        if (ok)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PValue");
        }
    }

    [Fact]
    public void Confidence_interval_rules()
    {
        new ConfidenceInterval(0.58m, 1.50m).Contains(0.94m).Should().BeTrue();
        new ConfidenceInterval(1m, 1m).Contains(1m).Should().BeTrue();
        FluentActions.Invoking(() => new ConfidenceInterval(1.5m, 0.58m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Upper");
        FluentActions.Invoking(() => new ConfidenceInterval(0m, 1m, 100m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("LevelPercent");
        FluentActions.Invoking(() => new RatioStatistic(RatioKind.RateRatio, 0m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Estimate");
    }

    [Fact]
    public void Median_quartiles_surround_the_median()
    {
        FluentActions.Invoking(() => new MedianIqrStatistic(1m, 1.1m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("LowerQuartile");
        FluentActions.Invoking(() => new MedianIqrStatistic(1m, null, 0.9m)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("UpperQuartile");
        new MedianIqrStatistic(1m, 1m, 1m).Median.Should().Be(1m);
    }

    [Fact]
    public void Threshold_needs_a_kind_and_composite_cannot_contain_itself()
    {
        FluentActions.Invoking(() => new OutcomeDefinition("o", "o", OutcomeRole.Primary, OutcomeMeasure.Edss, OutcomeDirection.Worsening, [], [], Threshold: 1m))
            .Should().Throw<ArgumentException>().WithParameterName("ThresholdKind");
        FluentActions.Invoking(() => new OutcomeDefinition("o", "o", OutcomeRole.Primary, OutcomeMeasure.Other, OutcomeDirection.Improvement, ["o"], []))
            .Should().Throw<ArgumentException>().WithParameterName("ComponentOutcomeIds");
    }

    [Fact]
    public void Eligibility_edss_range_is_ordered()
    {
        new EligibilityCriteria([], new EdssScore(3.0m), new EdssScore(3.0m)).EdssMaximum.Should().Be(new EdssScore(3.0m));
        FluentActions.Invoking(() => new EligibilityCriteria([], new EdssScore(6.5m), new EdssScore(3.0m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EdssMaximum");
    }

    [Fact]
    public void Citation_checks_doi_and_pmid()
    {
        new Citation("x", "10.1371/journal.pone.0113936", "38783390").Doi.Should().StartWith("10.");
        FluentActions.Invoking(() => new Citation("x", Doi: "doi:10.1/x")).Should().Throw<ArgumentException>().WithParameterName("Doi");
        FluentActions.Invoking(() => new Citation("x", Pmid: "PMC123")).Should().Throw<ArgumentException>().WithParameterName("Pmid");
    }

    [Fact]
    public void Unsupported_schema_version_is_rejected_by_the_constructor()
    {
        var doc = SampleDocuments.Petrou2020();
        FluentActions.Invoking(() => new CohortDocument(MscDomainSchemaVersion.Current + 1, "c", [])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new CohortDocument(0, "c", [])).Should().Throw<ArgumentOutOfRangeException>();
        doc.SchemaVersion.Should().Be(MscDomainSchemaVersion.Current);
        new CohortDocument(1, "c", []).SchemaVersion.Should().Be(MscDomainSchemaVersion.Current, "objects are version-free: a readable older version is written as the current one");
    }
}
