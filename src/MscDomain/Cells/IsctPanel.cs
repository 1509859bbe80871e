using MscDomain.Outcomes;

namespace MscDomain.Cells;

/// <summary>
/// Measured ISCT identity data for one lot: percentage positive per marker (null = not measured), plastic adherence and
/// trilineage differentiation as pass / fail / not done (Dominici et al., Cytotherapy 2006;8:315–7). Optional on a product:
/// almost no MS trial reports per-lot marker percentages.
/// </summary>
/// <remarks>The "or" pairs (CD14 or CD11b; CD79α or CD19) are single slots holding whichever marker was measured. Evaluate with <see cref="IsctCriteria.Evaluate"/>.</remarks>
/// <param name="Cd105">Percent CD105 positive, or null.</param>
/// <param name="Cd73">Percent CD73 positive, or null.</param>
/// <param name="Cd90">Percent CD90 positive, or null.</param>
/// <param name="Cd45">Percent CD45 positive, or null.</param>
/// <param name="Cd34">Percent CD34 positive, or null.</param>
/// <param name="Cd14OrCd11b">Percent CD14 (or CD11b) positive, or null.</param>
/// <param name="Cd79aOrCd19">Percent CD79α (or CD19) positive, or null.</param>
/// <param name="HlaDr">Percent HLA-DR positive, or null.</param>
/// <param name="PlasticAdherence">Plastic adherence.</param>
/// <param name="Osteogenic">Osteogenic differentiation.</param>
/// <param name="Adipogenic">Adipogenic differentiation.</param>
/// <param name="Chondrogenic">Chondrogenic differentiation.</param>
public sealed record IsctPanel(
    Percentage? Cd105 = null,
    Percentage? Cd73 = null,
    Percentage? Cd90 = null,
    Percentage? Cd45 = null,
    Percentage? Cd34 = null,
    Percentage? Cd14OrCd11b = null,
    Percentage? Cd79aOrCd19 = null,
    Percentage? HlaDr = null,
    TestOutcome PlasticAdherence = TestOutcome.NotDone,
    TestOutcome Osteogenic = TestOutcome.NotDone,
    TestOutcome Adipogenic = TestOutcome.NotDone,
    TestOutcome Chondrogenic = TestOutcome.NotDone);
