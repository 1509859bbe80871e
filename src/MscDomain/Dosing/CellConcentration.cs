using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>A suspension concentration: 10^6 cells per millilitre, kept separate from the dose.</summary>
/// <remarks>
/// <para>UCUM <c>10*6{cells}/mL</c>; e.g. 10–15 × 10^6 cells/mL in saline (Petrou 2020).</para>
/// <para>Exact <see cref="decimal"/>. <c>default(CellConcentration)</c> is CellConcentration with <see cref="MillionsPerMl"/> = 0.</para>
/// <para>JSON: <c>{ "millionsPerMl": 1.5 }</c>.</para>
/// </remarks>
public readonly record struct CellConcentration : IComparable<CellConcentration>
{
    /// <summary>Creates the value after checking it is >= 0.</summary>
    /// <param name="millionsPerMl">The concentration in millions (10^6) per millilitre.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not >= 0.</exception>
    [JsonConstructor]
    public CellConcentration(decimal millionsPerMl)
    {
        if (!(millionsPerMl >= 0m))
        {
            throw new ArgumentOutOfRangeException(nameof(millionsPerMl), millionsPerMl,
                $"CellConcentration.MillionsPerMl must be >= 0; {millionsPerMl.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        MillionsPerMl = millionsPerMl;
    }

    /// <summary>The concentration in millions (10^6) per millilitre.</summary>
    public decimal MillionsPerMl { get; }

    /// <summary>Whether the left value is lower than the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="MillionsPerMl"/>.</returns>
    public static bool operator <(CellConcentration left, CellConcentration right) => left.MillionsPerMl < right.MillionsPerMl;

    /// <summary>Whether the left value is higher than the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="MillionsPerMl"/>.</returns>
    public static bool operator >(CellConcentration left, CellConcentration right) => left.MillionsPerMl > right.MillionsPerMl;

    /// <summary>Whether the left value is lower than or equal to the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="MillionsPerMl"/>.</returns>
    public static bool operator <=(CellConcentration left, CellConcentration right) => left.MillionsPerMl <= right.MillionsPerMl;

    /// <summary>Whether the left value is higher than or equal to the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="MillionsPerMl"/>.</returns>
    public static bool operator >=(CellConcentration left, CellConcentration right) => left.MillionsPerMl >= right.MillionsPerMl;

    /// <inheritdoc />
    public int CompareTo(CellConcentration other) => MillionsPerMl.CompareTo(other.MillionsPerMl);

    /// <summary>The count contained in a volume of suspension: concentration × volume, exact.</summary>
    /// <param name="concentration">The suspension concentration.</param>
    /// <param name="volume">The volume.</param>
    /// <returns>The count, e.g. 10 × 10^6/mL × 7 mL = 70 × 10^6.</returns>
    public static CellCount operator *(CellConcentration concentration, VolumeMl volume) => new(concentration.MillionsPerMl * volume.Millilitres);

    /// <summary>The value with its unit, invariant culture.</summary>
    /// <returns>For example <c>"10 x10^6/mL"</c>.</returns>
    public override string ToString() => $"{MillionsPerMl.ToString(CultureInfo.InvariantCulture)} x10^6/mL";
}
