using MscDomain.Common;

namespace MscDomain.Outcomes;

/// <summary>A standard threshold or meaningful change of a measure, with its source.</summary>
/// <param name="Description">What the threshold means, e.g. "worsening from baseline 0".</param>
/// <param name="Value">The threshold (exact).</param>
/// <param name="Kind">How the value is expressed.</param>
/// <param name="Source">Citation, e.g. "Kappos 2020; msprog".</param>
/// <param name="Recalled">True when marked [R] (recalled, not verified) in the domain reference.</param>
public sealed record MeasureThreshold(string Description, decimal Value, ThresholdKind Kind, string Source, bool Recalled = false)
{
    /// <summary>What the threshold means (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank description or source.</exception>
    public string Description { get; } = Require.NotBlank(Description, nameof(Description));

    /// <summary>Citation (non-blank).</summary>
    public string Source { get; } = Require.NotBlank(Source, nameof(Source));
}
