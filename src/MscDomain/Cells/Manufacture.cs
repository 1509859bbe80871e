using MscDomain.Outcomes;
using MscDomain.Common;

namespace MscDomain.Cells;

/// <summary>How a product was manufactured (products-and-dosing.md §1.5); every field optional because reports rarely give them.</summary>
/// <param name="Passage">Passage number at release (at least 0), or null.</param>
/// <param name="CumulativePopulationDoublings">Cumulative population doublings (PD = log2(N harvested / N seeded)), or null.</param>
/// <param name="DaysInCulture">Days in culture, or null.</param>
/// <param name="Supplement">Culture supplement, or null.</param>
/// <param name="Preservation">Fresh or cryopreserved, or null.</param>
/// <param name="PostThawViability">Post-thaw viability, or null.</param>
/// <param name="IronLabelled">Whether cells were labelled (e.g. superparamagnetic iron oxide) for imaging, or null.</param>
/// <param name="Description">Free description of the process, or null.</param>
/// <param name="PassageMaximum">Highest passage when a range is given, or null.</param>
/// <param name="LabelledPercent">Percentage of the cells labelled (e.g. iron-labelled subset), or null.</param>
public sealed record Manufacture(
    int? Passage = null,
    decimal? CumulativePopulationDoublings = null,
    int? DaysInCulture = null,
    CultureSupplement? Supplement = null,
    PreservationState? Preservation = null,
    Percentage? PostThawViability = null,
    bool? IronLabelled = null,
    string? Description = null,
    int? PassageMaximum = null,
    Percentage? LabelledPercent = null)
{
    /// <summary>Passage number (at least 0), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public int? Passage { get; } = Require.NonNegative(Passage, nameof(Passage));

    /// <summary>Cumulative population doublings (at least 0), or null.</summary>
    public decimal? CumulativePopulationDoublings { get; } = Require.NonNegative(CumulativePopulationDoublings, nameof(CumulativePopulationDoublings));

    /// <summary>Days in culture (at least 0), or null.</summary>
    public int? DaysInCulture { get; } = Require.NonNegative(DaysInCulture, nameof(DaysInCulture));

    /// <summary>Highest passage when the source gives a range ("passage 2–4": Passage 2, PassageMaximum 4), or null.</summary>
    public int? PassageMaximum { get; } = PassageMaximum is { } hi && (Passage is not { } lo || hi < lo)
        ? throw new ArgumentOutOfRangeException(nameof(PassageMaximum), hi, $"Manufacture.PassageMaximum needs a Passage at most {hi}.")
        : PassageMaximum;
}
