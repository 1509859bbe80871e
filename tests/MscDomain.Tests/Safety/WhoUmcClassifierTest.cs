using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

public sealed class WhoUmcClassifierTest
{
    private static readonly WhoUmcFacts CertainFacts = new(CausalityDataStatus.Sufficient, TimeRelationship.Reasonable,
        AlternativeExplanation.None, DechallengeResponse.PlausibleResponse, PharmacologicallyDefinitive: true);

    [Fact]
    public void All_certain_points_met_is_certain() =>
        WhoUmcClassifier.Classify(CertainFacts).Category.Should().Be(CausalityCategory.Certain);

    [Fact]
    public void Certain_with_needed_positive_rechallenge_is_certain() =>
        WhoUmcClassifier.Classify(CertainFacts with { RechallengeNeeded = true, Rechallenge = RechallengeResult.Positive })
            .Category.Should().Be(CausalityCategory.Certain);

    [Fact]
    public void Certain_fails_when_a_needed_rechallenge_was_not_done_and_falls_to_probable()
    {
        var r = WhoUmcClassifier.Classify(CertainFacts with { RechallengeNeeded = true });
        r.Category.Should().Be(CausalityCategory.Probable);
        r.UnmetPoints.Should().ContainSingle().Which.Should().Contain("rechallenge");
    }

    [Fact]
    public void Not_definitive_is_probable_with_the_unmet_point_reported()
    {
        var r = WhoUmcClassifier.Classify(CertainFacts with { PharmacologicallyDefinitive = false });
        r.Category.Should().Be(CausalityCategory.Probable);
        r.UnmetPoints.Should().ContainSingle().Which.Should().Contain("definitive");
    }

    [Fact]
    public void Unlikely_alternative_is_probable_not_certain() =>
        WhoUmcClassifier.Classify(CertainFacts with { AlternativeExplanation = AlternativeExplanation.Unlikely }).Category
            .Should().Be(CausalityCategory.Probable);

    [Fact]
    public void Alternative_that_could_explain_rules_out_certain_and_probable_whatever_the_dechallenge()
    {
        var r = WhoUmcClassifier.Classify(CertainFacts with { AlternativeExplanation = AlternativeExplanation.Possible, RechallengeNeeded = true, Rechallenge = RechallengeResult.Positive });
        r.Category.Should().Be(CausalityCategory.Possible);
        r.UnmetPoints.Should().HaveCount(2);
    }

    [Fact]
    public void Lacking_dechallenge_is_possible_as_for_a_single_msc_infusion()
    {
        var r = WhoUmcClassifier.Classify(CertainFacts with { Dechallenge = DechallengeResponse.LackingOrUnclear });
        r.Category.Should().Be(CausalityCategory.Possible);
        r.UnmetPoints[1].Should().StartWith("Probable:").And.Contain("dechallenge");
    }

    [Fact]
    public void Improbable_time_with_plausible_alternative_is_unlikely_because_possible_needs_a_reasonable_time()
    {
        var r = WhoUmcClassifier.Classify(new WhoUmcFacts(CausalityDataStatus.Sufficient, TimeRelationship.Improbable,
            AlternativeExplanation.Plausible, DechallengeResponse.LackingOrUnclear));
        r.Category.Should().Be(CausalityCategory.Unlikely);
        r.UnmetPoints.Should().HaveCount(3);
        r.UnmetPoints[2].Should().Be("Possible: time relationship is 'Improbable', needs 'Reasonable'");
    }

    [Fact]
    public void Reasonable_time_with_plausible_alternative_is_possible_not_unlikely() =>
        WhoUmcClassifier.Classify(new WhoUmcFacts(CausalityDataStatus.Sufficient, TimeRelationship.Reasonable,
            AlternativeExplanation.Plausible, DechallengeResponse.PlausibleResponse)).Category.Should().Be(CausalityCategory.Possible);

    [Fact]
    public void Improbable_time_without_an_alternative_meets_no_category_and_is_unassessable()
    {
        var r = WhoUmcClassifier.Classify(new WhoUmcFacts(CausalityDataStatus.Sufficient, TimeRelationship.Improbable,
            AlternativeExplanation.None, DechallengeResponse.PlausibleResponse));
        r.Category.Should().Be(CausalityCategory.Unassessable);
        r.UnmetPoints.Should().HaveCount(4);
        r.UnmetPoints[3].Should().StartWith("Unlikely:").And.Contain("alternative");
    }

    [Fact]
    public void Unknown_time_relationship_is_unassessable() =>
        WhoUmcClassifier.Classify(CertainFacts with { TimeRelationship = TimeRelationship.Unknown }).Category
            .Should().Be(CausalityCategory.Unassessable);

    [Fact]
    public void More_data_needed_is_conditional_before_anything_else() =>
        WhoUmcClassifier.Classify(CertainFacts with { DataStatus = CausalityDataStatus.MoreDataNeeded }).Category
            .Should().Be(CausalityCategory.Conditional);

    [Fact]
    public void Insufficient_not_supplementable_is_unassessable_before_anything_else() =>
        WhoUmcClassifier.Classify(CertainFacts with { DataStatus = CausalityDataStatus.InsufficientNotSupplementable }).Category
            .Should().Be(CausalityCategory.Unassessable);

    [Fact]
    public void Undefined_fact_values_throw() =>
        FluentActions.Invoking(() => WhoUmcClassifier.Classify(CertainFacts with { Dechallenge = (DechallengeResponse)9 }))
            .Should().Throw<ArgumentOutOfRangeException>();
}
