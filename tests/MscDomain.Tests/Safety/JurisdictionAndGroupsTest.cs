using NodaTime;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

/// <summary>Jurisdiction of the SUSAR rules (EU CTR 536/2014 Art. 42 / Annex III vs 21 CFR 312.32) and expectedness against sponsor-supplied
/// term groups in the reference safety information.</summary>
public sealed class JurisdictionAndGroupsTest
{
    private static readonly LocalDate Day0 = new(2025, 1, 28);

    private static AdverseEvent Ae(CausalityCategory investigator, CausalityCategory? sponsor, SeriousnessCriteria c = SeriousnessCriteria.Hospitalisation) =>
        new("AE", "pulmonary embolism", seriousnessCriteria: c, expectedness: Expectedness.UnexpectedByType,
            investigatorCausality: new CausalityAssessment(investigator), sponsorCausality: sponsor is { } s ? new CausalityAssessment(s) : null, sponsorAwareDate: Day0);

    private static readonly SusarOptions Us = new() { Jurisdiction = ReportingJurisdiction.UsIndSafetyReport };

    [Fact]
    public void Eu_keeps_the_investigators_related_when_the_sponsor_disagrees_us_follows_the_sponsor()
    {
        var ae = Ae(CausalityCategory.Probable, CausalityCategory.NotRelated);
        SusarClassifier.Classify(ae).IsSusar.Should().BeTrue("EU CTR Annex III: the sponsor may not downgrade");
        var us = SusarClassifier.Classify(ae, options: Us);
        us.IsSusar.Should().BeFalse();
        us.Reasons.Should().Contain(r => r.Contains("21 CFR 312.32(a)"));
    }

    [Fact]
    public void Us_without_a_sponsor_assessment_uses_the_investigators()
    {
        SusarClassifier.Classify(Ae(CausalityCategory.Probable, null), options: Us).IsSusar.Should().BeTrue();
        SusarClassifier.Classify(Ae(CausalityCategory.Unlikely, CausalityCategory.Related), options: Us).IsSusar.Should().BeTrue();
    }

    [Fact]
    public void Both_jurisdictions_give_7_and_15_calendar_days_and_cite_their_rule()
    {
        var euFatal = SusarClassifier.Classify(Ae(CausalityCategory.Probable, null, SeriousnessCriteria.LifeThreatening));
        var usFatal = SusarClassifier.Classify(Ae(CausalityCategory.Probable, null, SeriousnessCriteria.LifeThreatening), options: Us);
        euFatal.InitialReportDue.Should().Be(new LocalDate(2025, 2, 4));
        usFatal.InitialReportDue.Should().Be(new LocalDate(2025, 2, 4));
        usFatal.CompleteReportDue.Should().Be(new LocalDate(2025, 2, 12));
        euFatal.Reasons[^1].Should().Contain("Art. 42(2)").And.NotContain("CFR");
        usFatal.Reasons[^1].Should().Contain("312.32(c)(2)").And.NotContain("EU CTR");
        var us15 = SusarClassifier.Classify(Ae(CausalityCategory.Probable, null), options: Us);
        us15.InitialReportDue.Should().Be(new LocalDate(2025, 2, 12));
        us15.Reasons[^1].Should().Contain("312.32(c)(1)");
    }

    private static readonly ReferenceSafetyInformation GroupRsi = new("IB 2.0", new LocalDate(2024, 1, 1),
    [
        new ReferenceSafetyEntry("Thromboembolic events", maxExpectedGrade: 3, synonyms: ["Pulmonary embolism", "Deep vein thrombosis"], meddraCodes: [10037377]),
    ]);

    [Fact]
    public void A_sponsor_group_makes_its_member_terms_expected()
    {
        var pe = new AdverseEvent("AE", "PE", new MeddraCoding("pulmonary embolism"), severity: new AdverseEventSeverity(3, CtcaeVersion.V5_0));
        var r = ExpectednessClassifier.Classify(pe, GroupRsi);
        r.Expectedness.Should().Be(Expectedness.Expected);
        r.MatchedEntry!.Term.Should().Be("Thromboembolic events");
    }

    [Fact]
    public void Group_severity_limit_and_codes_apply_to_members()
    {
        var pe4 = new AdverseEvent("AE", "PE", new MeddraCoding("Pulmonary embolism", 10037377), severity: new AdverseEventSeverity(4, CtcaeVersion.V5_0));
        ExpectednessClassifier.Classify(pe4, GroupRsi).Expectedness.Should().Be(Expectedness.UnexpectedBySeverity);
        var coded = new AdverseEvent("AE", "clot", new MeddraCoding("Embolism venous", 10051055));
        ExpectednessClassifier.Classify(coded, GroupRsi).Expectedness.Should().Be(Expectedness.UnexpectedByType, "a coded event is matched by code, and 10051055 is not in the group");
        var stroke = new AdverseEvent("AE", "stroke", new MeddraCoding("Ischaemic stroke"));
        ExpectednessClassifier.Classify(stroke, GroupRsi).Expectedness.Should().Be(Expectedness.UnexpectedByType);
    }

    [Fact]
    public void Blank_synonym_is_rejected_and_groups_round_trip()
    {
        FluentActions.Invoking(() => new ReferenceSafetyEntry("X", synonyms: [" "])).Should().Throw<ArgumentException>().WithMessage("*synonym*");
        var e = GroupRsi.Entries[0];
        e.HasTerm("DEEP VEIN THROMBOSIS").Should().BeTrue();
        e.HasCode(10037377).Should().BeTrue();
        new ReferenceSafetyEntry("Headache").Synonyms.Should().BeNull();
    }
}
