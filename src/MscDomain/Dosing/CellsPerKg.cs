using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>A weight-based dose: 10^6 cells (or other counted entities) per kilogram of body weight.</summary>
/// <remarks>
/// <para>UCUM <c>10*6{cells}/kg</c>. 1.6 means 1.6 × 10^6 cells per kg (Connick 2012 mean dose).</para>
/// <para>Exact <see cref="decimal"/>. <c>default(CellsPerKg)</c> is CellsPerKg with <see cref="MillionsPerKg"/> = 0.</para>
/// <para>JSON: <c>{ "millionsPerKg": 1.5 }</c>.</para>
/// </remarks>
public readonly record struct CellsPerKg : IComparable<CellsPerKg>
{
    /// <summary>Creates the value after checking it is >= 0.</summary>
    /// <param name="millionsPerKg">The dose in millions (10^6) per kilogram.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not >= 0.</exception>
    [JsonConstructor]
    public CellsPerKg(decimal millionsPerKg)
    {
        if (!(millionsPerKg >= 0m))
        {
            throw new ArgumentOutOfRangeException(nameof(millionsPerKg), millionsPerKg,
                $"CellsPerKg.MillionsPerKg must be >= 0; {millionsPerKg.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        MillionsPerKg = millionsPerKg;
    }

    /// <summary>The dose in millions (10^6) per kilogram.</summary>
    public decimal MillionsPerKg { get; }

    /// <summary>Whether the left value is lower than the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="MillionsPerKg"/>.</returns>
    public static bool operator <(CellsPerKg left, CellsPerKg right) => left.MillionsPerKg < right.MillionsPerKg;

    /// <summary>Whether the left value is higher than the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="MillionsPerKg"/>.</returns>
    public static bool operator >(CellsPerKg left, CellsPerKg right) => left.MillionsPerKg > right.MillionsPerKg;

    /// <summary>Whether the left value is lower than or equal to the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="MillionsPerKg"/>.</returns>
    public static bool operator <=(CellsPerKg left, CellsPerKg right) => left.MillionsPerKg <= right.MillionsPerKg;

    /// <summary>Whether the left value is higher than or equal to the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="MillionsPerKg"/>.</returns>
    public static bool operator >=(CellsPerKg left, CellsPerKg right) => left.MillionsPerKg >= right.MillionsPerKg;

    /// <inheritdoc />
    public int CompareTo(CellsPerKg other) => MillionsPerKg.CompareTo(other.MillionsPerKg);

    /// <summary>The total for one body weight: per-kg dose × weight, exact (no rounding).</summary>
    /// <param name="dose">The per-kg dose.</param>
    /// <param name="weight">The body weight.</param>
    /// <returns>The total count, e.g. 2 × 10^6/kg × 70 kg = 140 × 10^6.</returns>
    public static CellCount operator *(CellsPerKg dose, WeightKg weight) => new(dose.MillionsPerKg * weight.Kilograms);

    /// <summary>The value with its unit, invariant culture.</summary>
    /// <returns>For example <c>"1.6 x10^6/kg"</c>.</returns>
    public override string ToString() => $"{MillionsPerKg.ToString(CultureInfo.InvariantCulture)} x10^6/kg";
}
