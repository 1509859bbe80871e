using MscDomain.Common;
using NodaTime;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

public sealed class SeriousnessClassifierTest
{
    private static AdverseEvent Ae(SeriousnessCriteria c, int? grade = null, AdverseEventOutcome? outcome = null, bool? recorded = null) =>
        new("AE", "event", severity: grade is { } g ? new AdverseEventSeverity(g, CtcaeVersion.V5_0) : null,
            seriousnessCriteria: c, outcome: outcome, recordedSerious: recorded);

    [Theory]
    [InlineData(SeriousnessCriteria.Death)]
    [InlineData(SeriousnessCriteria.LifeThreatening)]
    [InlineData(SeriousnessCriteria.Hospitalisation)]
    [InlineData(SeriousnessCriteria.Disability)]
    [InlineData(SeriousnessCriteria.CongenitalAnomaly)]
    [InlineData(SeriousnessCriteria.ImportantMedicalEvent)]
    public void Exactly_one_criterion_makes_the_event_serious(SeriousnessCriteria c)
    {
        var r = SeriousnessClassifier.Classify(Ae(c, outcome: c == SeriousnessCriteria.Death ? AdverseEventOutcome.Fatal : null));
        r.IsSerious.Should().BeTrue();
        r.CriteriaList.Should().Equal(c);
        r.Explanation.Should().Contain("exactly one");
    }

    [Fact]
    public void No_criterion_with_grade_4_is_not_serious_but_warns()
    {
        var r = SeriousnessClassifier.Classify(Ae(SeriousnessCriteria.None, 4));
        r.IsSerious.Should().BeFalse();
        r.Issues.Should().ContainSingle(i => i.Severity == DataIssueSeverity.Warning && i.Rule.Contains("grade 4"));
    }

    [Fact]
    public void Grade_3_without_criterion_is_not_serious_and_not_warned()
    {
        var r = SeriousnessClassifier.Classify(Ae(SeriousnessCriteria.None, 3));
        r.IsSerious.Should().BeFalse();
        r.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Grade_4_warning_can_be_switched_off()
    {
        var r = SeriousnessClassifier.Classify(Ae(SeriousnessCriteria.None, 4), new SeriousnessOptions { GradeSeriousnessCheck = GradeSeriousnessCheck.Off });
        r.IsSerious.Should().BeFalse();
        r.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Grade_2_with_hospitalisation_is_serious()
    {
        var r = SeriousnessClassifier.Classify(Ae(SeriousnessCriteria.Hospitalisation, 2));
        r.IsSerious.Should().BeTrue();
        r.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Grade_5_without_death_criterion_is_an_error_and_the_criterion_is_not_set()
    {
        var r = SeriousnessClassifier.Classify(Ae(SeriousnessCriteria.None, 5));
        r.IsSerious.Should().BeFalse();
        r.Criteria.Should().Be(SeriousnessCriteria.None);
        r.Issues.Should().Contain(i => i.Severity == DataIssueSeverity.Error && i.Rule.Contains("grade 5"));
    }

    [Fact]
    public void Grade_5_with_death_and_fatal_outcome_is_clean()
    {
        var r = SeriousnessClassifier.Classify(Ae(SeriousnessCriteria.Death, 5, AdverseEventOutcome.Fatal));
        r.IsSerious.Should().BeTrue();
        r.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Several_criteria_are_kept()
    {
        var r = SeriousnessClassifier.Classify(Ae(SeriousnessCriteria.LifeThreatening | SeriousnessCriteria.Hospitalisation));
        r.CriteriaList.Should().Equal(SeriousnessCriteria.LifeThreatening, SeriousnessCriteria.Hospitalisation);
    }

    [Fact]
    public void Recorded_serious_without_criterion_is_an_error() =>
        SeriousnessClassifier.Classify(Ae(SeriousnessCriteria.None, recorded: true)).Issues
            .Should().ContainSingle(i => i.Field.StartsWith("recordedSerious", StringComparison.Ordinal) && i.Severity == DataIssueSeverity.Error);

    [Fact]
    public void Recorded_not_serious_with_a_criterion_is_an_error_and_the_criteria_decide()
    {
        var r = SeriousnessClassifier.Classify(Ae(SeriousnessCriteria.Hospitalisation, recorded: false));
        r.IsSerious.Should().BeTrue();
        r.Issues.Should().ContainSingle(i => i.Value == "N");
    }

    [Fact]
    public void Death_criterion_with_non_fatal_outcome_is_an_error() =>
        SeriousnessClassifier.Classify(Ae(SeriousnessCriteria.Death, outcome: AdverseEventOutcome.Recovered)).Issues
            .Should().ContainSingle(i => i.Field == "outcome (AEOUT)");

    [Fact]
    public void Fatal_outcome_without_death_criterion_is_an_error() =>
        SeriousnessClassifier.Classify(Ae(SeriousnessCriteria.Hospitalisation, outcome: AdverseEventOutcome.Fatal)).Issues
            .Should().ContainSingle(i => i.Rule.Contains("fatal outcome", StringComparison.OrdinalIgnoreCase));
}
