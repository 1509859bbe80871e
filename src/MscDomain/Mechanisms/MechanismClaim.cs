using MscDomain.Trials;
using MscDomain.Common;

namespace MscDomain.Mechanisms;

/// <summary>
/// A claim about how MSC act: category, mediator, direction, evidence level, species/model and source
/// (outcomes-and-mechanisms.md §3.3). Claims are annotations, never inputs to calculators.
/// </summary>
/// <param name="Category">The mechanism category.</param>
/// <param name="Mediator">The mediator, or null when the claim names none.</param>
/// <param name="Direction">Direction of the effect on the mediator or target.</param>
/// <param name="Level">Evidence level.</param>
/// <param name="Source">Source citation (DOI / PMID when known).</param>
/// <param name="SpeciesOrModel">Species or model, e.g. "human MSC in vitro", "MOG35–55 EAE, C57BL/6", or null.</param>
/// <param name="Statement">The claim in words, or null.</param>
/// <param name="LinkedBiomarker">A measured biomarker supporting the claim (e.g. "CSF HGF"), or null.</param>
/// <param name="Recalled">True when the claim is marked [R] (recalled, not verified).</param>
public sealed record MechanismClaim(
    MechanismCategory Category,
    Mediator? Mediator,
    EffectDirection Direction,
    EvidenceLevel Level,
    Citation Source,
    string? SpeciesOrModel = null,
    string? Statement = null,
    string? LinkedBiomarker = null,
    bool Recalled = false)
{
    /// <summary>Evidence level.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined.</exception>
    public EvidenceLevel Level { get; } = Require.Defined(Level, nameof(Level));

    /// <summary>The mechanism category.</summary>
    public MechanismCategory Category { get; } = Require.Defined(Category, nameof(Category));
}
