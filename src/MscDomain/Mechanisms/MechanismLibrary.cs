using System.Collections.Immutable;
using MscDomain.Trials;
using MscDomain.Common;

namespace MscDomain.Mechanisms;

/// <summary>Seed mechanism claims from outcomes-and-mechanisms.md §3 (all marked recalled unless the trial record is verified).</summary>
public static class MechanismLibrary
{
    /// <summary>The seed claims.</summary>
    public static ImmutableArray<MechanismClaim> Claims { get; } =
    [
        new(MechanismCategory.Immunomodulation, Mediator.Ido, EffectDirection.Increase, EvidenceLevel.InVitro,
            new Citation("Meisel R et al., Blood 2004"), "human MSC, IFN-γ licensed", "IDO-mediated tryptophan depletion suppresses T cells", Recalled: true),
        new(MechanismCategory.Immunomodulation, Mediator.Pge2, EffectDirection.Increase, EvidenceLevel.InVitro,
            new Citation("Aggarwal S, Pittenger MF, Blood 2005"), "human MSC", "PGE2 suppresses T and NK cells", Recalled: true),
        new(MechanismCategory.AntiInflammatoryGlialModulation, Mediator.Tsg6, EffectDirection.Increase, EvidenceLevel.AnimalModel,
            new Citation("Lee RH et al., Cell Stem Cell 2009"), "mouse", "TSG-6 dampens macrophage/neutrophil inflammation", Recalled: true),
        new(MechanismCategory.RemyelinationSupport, Mediator.Hgf, EffectDirection.Increase, EvidenceLevel.AnimalModel,
            new Citation("Bai L et al., Nat Neurosci 2012"), "EAE", "HGF in MSC-conditioned medium promoted recovery", Recalled: true),
        new(MechanismCategory.Immunomodulation, null, EffectDirection.Decrease, EvidenceLevel.HumanBiomarker,
            new Citation("Llufriu S et al., PLoS One 2014;9:e113936", Doi: "10.1371/journal.pone.0113936"), "human, RRMS",
            "lower proportion of IFN-γ-producing Th1 CD4 cells after MSC", "blood Th1 CD4 IFN-γ+"),
        new(MechanismCategory.Neuroprotection, Mediator.Vegf, EffectDirection.Increase, EvidenceLevel.HumanBiomarker,
            new Citation("Cohen JA et al., Mult Scler 2023;29:92–106", Doi: "10.1177/13524585221122156"), "human, progressive MS, MSC-NTF IT",
            "CSF VEGF-A and HGF increased after MSC-NTF", "CSF VEGF-A"),
    ];
}
