using NodaTime;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

public sealed class ExpectednessClassifierTest
{
    private static readonly ReferenceSafetyInformation Rsi = new("IB 3.0", new LocalDate(2024, 6, 1),
    [
        new ReferenceSafetyEntry("Headache", 10019211, maxExpectedGrade: 2),
        new ReferenceSafetyEntry("Pyrexia", maxExpectedGrade: null),
    ]);

    private static AdverseEvent Ae(string term, int? grade, int? code = null) =>
        new("AE", term, meddra: new MeddraCoding(term, code), severity: grade is { } g ? new AdverseEventSeverity(g, CtcaeVersion.V5_0) : null);

    [Fact]
    public void Listed_headache_grade_2_is_expected() =>
        ExpectednessClassifier.Classify(Ae("Headache", 2), Rsi).Expectedness.Should().Be(Expectedness.Expected);

    [Fact]
    public void Listed_headache_grade_3_above_listed_grade_2_is_unexpected_by_severity()
    {
        var r = ExpectednessClassifier.Classify(Ae("Headache", 3), Rsi);
        r.Expectedness.Should().Be(Expectedness.UnexpectedBySeverity);
        r.RsiVersion.Should().Be("IB 3.0");
        r.Reason.Should().Contain("up to grade 2, observed grade 3");
    }

    [Fact]
    public void Unlisted_term_is_unexpected_by_type() =>
        ExpectednessClassifier.Classify(Ae("Pulmonary embolism", 2), Rsi).Expectedness.Should().Be(Expectedness.UnexpectedByType);

    [Fact]
    public void Listing_without_severity_limit_is_expected_at_any_grade() =>
        ExpectednessClassifier.Classify(Ae("pyrexia", 4), Rsi).Expectedness.Should().Be(Expectedness.Expected);

    [Fact]
    public void Matching_uses_the_meddra_code_when_both_sides_have_one() =>
        ExpectednessClassifier.Classify(Ae("Cephalalgia", 1, 10019211), Rsi).MatchedEntry!.Term.Should().Be("Headache");

    [Fact]
    public void Without_rsi_the_recorded_value_is_used_or_unknown()
    {
        ExpectednessClassifier.Classify(new AdverseEvent("A", "x", expectedness: Expectedness.Expected), null).Expectedness.Should().Be(Expectedness.Expected);
        ExpectednessClassifier.Classify(new AdverseEvent("A", "x"), null).Expectedness.Should().BeNull();
    }

    [Fact]
    public void Rsi_in_force_on_the_awareness_date_is_chosen_boundary_inclusive()
    {
        var v2 = new ReferenceSafetyInformation("IB 4.0", new LocalDate(2025, 1, 10), Rsi.Entries);
        ExpectednessClassifier.InForceOn([Rsi, v2], new LocalDate(2025, 1, 9))!.Version.Should().Be("IB 3.0");
        ExpectednessClassifier.InForceOn([Rsi, v2], new LocalDate(2025, 1, 10))!.Version.Should().Be("IB 4.0");
        ExpectednessClassifier.InForceOn([Rsi, v2], new LocalDate(2024, 5, 31)).Should().BeNull();
    }
}
