namespace MscDomain.Dosing;

/// <summary>A planned count as a closed range (low to high) with what was counted and whether a cap was applied.</summary>
/// <remarks>A single-valued dose has <see cref="Minimum"/> = <see cref="Maximum"/>. Example: 1–2 × 10^6 cells/kg at 70 kg gives 70 to 140 × 10^6 cells.</remarks>
/// <param name="Minimum">The lowest planned count.</param>
/// <param name="Maximum">The highest planned count.</param>
/// <param name="Entity">What is counted.</param>
/// <param name="CapApplied">Whether an absolute cap lowered either bound.</param>
public sealed record PlannedCellTotal(CellCount Minimum, CellCount Maximum, CountedEntity Entity, bool CapApplied);
