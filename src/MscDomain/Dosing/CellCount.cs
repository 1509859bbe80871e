using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>An exact count of cells (or other counted entities) in units of 10^6.</summary>
/// <remarks>
/// <para>UCUM <c>10*6{cells}</c>; UCUM has no cell unit, so what is counted is typed separately (CountedEntity). 70 means 70 × 10^6 = 7 × 10^7 cells.</para>
/// <para>Exact <see cref="decimal"/>. <c>default(CellCount)</c> is CellCount with <see cref="Millions"/> = 0.</para>
/// <para>JSON: <c>{ "millions": 1.5 }</c>.</para>
/// </remarks>
public readonly record struct CellCount : IComparable<CellCount>
{
    /// <summary>Creates the value after checking it is >= 0.</summary>
    /// <param name="millions">The count in millions (10^6).</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not >= 0.</exception>
    [JsonConstructor]
    public CellCount(decimal millions)
    {
        if (!(millions >= 0m))
        {
            throw new ArgumentOutOfRangeException(nameof(millions), millions,
                $"CellCount.Millions must be >= 0; {millions.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        Millions = millions;
    }

    /// <summary>The count in millions (10^6).</summary>
    public decimal Millions { get; }

    /// <summary>Whether the left value is lower than the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Millions"/>.</returns>
    public static bool operator <(CellCount left, CellCount right) => left.Millions < right.Millions;

    /// <summary>Whether the left value is higher than the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Millions"/>.</returns>
    public static bool operator >(CellCount left, CellCount right) => left.Millions > right.Millions;

    /// <summary>Whether the left value is lower than or equal to the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Millions"/>.</returns>
    public static bool operator <=(CellCount left, CellCount right) => left.Millions <= right.Millions;

    /// <summary>Whether the left value is higher than or equal to the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Millions"/>.</returns>
    public static bool operator >=(CellCount left, CellCount right) => left.Millions >= right.Millions;

    /// <inheritdoc />
    public int CompareTo(CellCount other) => Millions.CompareTo(other.Millions);

    /// <summary>The sum of two counts, exact.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The sum.</returns>
    public static CellCount operator +(CellCount left, CellCount right) => new(left.Millions + right.Millions);

    /// <summary>A count multiplied by a whole number of administrations, exact.</summary>
    /// <param name="count">The count per administration.</param>
    /// <param name="times">How many administrations (at least 0).</param>
    /// <returns>The product.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is negative.</exception>
    public static CellCount operator *(CellCount count, int times) => new(count.Millions * times);

    /// <summary>The value with its unit, invariant culture.</summary>
    /// <returns>For example <c>"70 x10^6"</c>.</returns>
    public override string ToString() => $"{Millions.ToString(CultureInfo.InvariantCulture)} x10^6";
}
