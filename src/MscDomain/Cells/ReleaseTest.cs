using NodaTime;
using MscDomain.Common;

namespace MscDomain.Cells;

/// <summary>One lot release or characterisation test: kind, method, specification, result and outcome (products-and-dosing.md §1.4).</summary>
/// <param name="Kind">What was tested.</param>
/// <param name="Outcome">Pass, fail or not done.</param>
/// <param name="Method">Method, e.g. "trypan blue", "G-banding", "Ph. Eur. 2.6.27", or null.</param>
/// <param name="Specification">Acceptance specification as text, e.g. "≥ 70%", or null.</param>
/// <param name="ResultValue">Numeric result, or null.</param>
/// <param name="ResultUnit">Unit of the numeric result (e.g. "%", "EU/mL"), or null.</param>
/// <param name="ResultText">Result as text (e.g. "46,XY", "negative"), or null.</param>
/// <param name="Date">Test date, or null.</param>
/// <param name="Name">Name of the test, required in spirit for kind other (e.g. "cytokine panel (27 analytes)"), or null.</param>
/// <param name="LotId">Lot tested, or null.</param>
public sealed record ReleaseTest(
    ReleaseTestKind Kind,
    TestOutcome Outcome,
    string? Method = null,
    string? Specification = null,
    decimal? ResultValue = null,
    string? ResultUnit = null,
    string? ResultText = null,
    LocalDate? Date = null,
    string? LotId = null,
    string? Name = null)
{
    /// <summary>Unit of the numeric result; required when a numeric result is given.</summary>
    /// <exception cref="ArgumentException">A numeric result has no unit.</exception>
    public string? ResultUnit { get; } = ResultValue is not null && string.IsNullOrWhiteSpace(ResultUnit)
        ? throw new ArgumentException("ReleaseTest.ResultUnit is required when ResultValue is given.", nameof(ResultUnit))
        : Require.NullOrNotBlank(ResultUnit, nameof(ResultUnit));

    /// <summary>Name of the test, or null.</summary>
    public string? Name { get; } = Require.NullOrNotBlank(Name, nameof(Name));
}
