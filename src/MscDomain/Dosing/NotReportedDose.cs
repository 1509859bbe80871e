namespace MscDomain.Dosing;

/// <summary>The dose was not reported ("n.r."), a first-class value rather than a missing field (trials.md conventions).</summary>
/// <param name="Verbatim">What the source says, if anything (e.g. "dose not stated").</param>
public sealed record NotReportedDose(string? Verbatim = null) : DoseSpecification(Verbatim)
{
    /// <inheritdoc />
    /// <returns>Always null: the dose is unknown.</returns>
    public override PlannedCellTotal? PlannedTotalFor(WeightKg weight) => null;
}
