namespace MscDomain.Disability;

/// <summary>Options of the EDSS-Plus composite (Cadavid et al., <i>Mult Scler</i> 2017).</summary>
public sealed record EdssPlusOptions
{
    /// <summary>The published definition: worsening, ≥20% timed-test change.</summary>
    public static EdssPlusOptions Default { get; } = new();

    /// <summary>Worsening (default, Cadavid 2017) or the improvement mirror (MSC-NP phase II).</summary>
    public CompositeDirection Direction { get; init; } = CompositeDirection.Worsening;

    /// <summary>The timed-test change threshold in percent of the reference time, inclusive; default 20.</summary>
    /// <remarks>Used by <see cref="EdssPlus.IsTimedTestChange(decimal, decimal, EdssPlusOptions)"/>. Source: Cadavid 2017; Schwid et al.
    /// (≥20% exceeds day-to-day variation); Kappos 2020 composite CDA.</remarks>
    public decimal TimedTestChangePercent { get; init; } = 20m;
}
