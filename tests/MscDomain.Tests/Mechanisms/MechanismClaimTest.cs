using MscDomain.Mechanisms;
using MscDomain.Trials;
using MscDomain.Common;

namespace MscDomain.Tests.Mechanisms;

public sealed class MechanismClaimTest
{
    [Fact]
    public void Seed_claims_carry_sources_and_recalled_flags()
    {
        MechanismLibrary.Claims.Should().NotBeEmpty();
        MechanismLibrary.Claims.Should().OnlyContain(c => !string.IsNullOrWhiteSpace(c.Source.Text));
        MechanismLibrary.Claims.Where(c => c.Level == EvidenceLevel.HumanBiomarker).Should().OnlyContain(c => c.Source.Doi != null && !c.Recalled,
            "human biomarker claims come from verified trial records (trials.md)");
        MechanismLibrary.Claims.Single(c => c.Mediator == Mediator.Ido).Recalled.Should().BeTrue("Meisel 2004 is marked [R] in outcomes-and-mechanisms.md");
    }

    [Fact]
    public void Undefined_evidence_level_is_rejected()
    {
        var act = () => new MechanismClaim(MechanismCategory.Immunomodulation, null, EffectDirection.Increase, (EvidenceLevel)99, new Citation("x"));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Level");
    }
}
