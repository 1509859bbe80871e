using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>One band of an EDSS delta table: references up to <see cref="UpperInclusive"/> need a change of <see cref="Delta"/>.</summary>
/// <remarks><c>default</c> is an unbounded band with delta 0 (not useful; always construct explicitly).</remarks>
public readonly record struct DeltaBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="upperInclusive">Highest reference value in the band; <see langword="null"/> = no upper bound.</param>
    /// <param name="delta">Minimum clinically meaningful change (EDSS points, &gt; 0).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is not positive.</exception>
    [JsonConstructor]
    public DeltaBand(decimal? upperInclusive, decimal delta)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(delta);
        UpperInclusive = upperInclusive;
        Delta = delta;
    }

    /// <summary>Highest reference value in the band (inclusive); null = unbounded.</summary>
    public decimal? UpperInclusive { get; }

    /// <summary>Minimum clinically meaningful change for references in the band.</summary>
    public decimal Delta { get; }
}
