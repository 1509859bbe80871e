using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>A body weight in kilograms.</summary>
/// <remarks>
/// <para>Used to turn a per-kg dose into a total; weight at the dosing visit (products-and-dosing.md §2).</para>
/// <para>Exact <see cref="decimal"/>. <c>default(WeightKg)</c> is WeightKg with <see cref="Kilograms"/> = 0, which the constructor itself would reject (a placeholder, never a measurement).</para>
/// <para>JSON: <c>{ "kilograms": 1.5 }</c>.</para>
/// </remarks>
public readonly record struct WeightKg : IComparable<WeightKg>
{
    /// <summary>Creates the value after checking it is greater than 0 and at most 500.</summary>
    /// <param name="kilograms">The body weight in kilograms.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not greater than 0 and at most 500.</exception>
    [JsonConstructor]
    public WeightKg(decimal kilograms)
    {
        if (!(kilograms > 0m && kilograms <= 500m))
        {
            throw new ArgumentOutOfRangeException(nameof(kilograms), kilograms,
                $"WeightKg.Kilograms must be > 0 and <= 500; {kilograms.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        Kilograms = kilograms;
    }

    /// <summary>The body weight in kilograms.</summary>
    public decimal Kilograms { get; }

    /// <summary>Whether the left value is lower than the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Kilograms"/>.</returns>
    public static bool operator <(WeightKg left, WeightKg right) => left.Kilograms < right.Kilograms;

    /// <summary>Whether the left value is higher than the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Kilograms"/>.</returns>
    public static bool operator >(WeightKg left, WeightKg right) => left.Kilograms > right.Kilograms;

    /// <summary>Whether the left value is lower than or equal to the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Kilograms"/>.</returns>
    public static bool operator <=(WeightKg left, WeightKg right) => left.Kilograms <= right.Kilograms;

    /// <summary>Whether the left value is higher than or equal to the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Kilograms"/>.</returns>
    public static bool operator >=(WeightKg left, WeightKg right) => left.Kilograms >= right.Kilograms;

    /// <inheritdoc />
    public int CompareTo(WeightKg other) => Kilograms.CompareTo(other.Kilograms);

    /// <summary>The value with its unit, invariant culture.</summary>
    /// <returns>For example <c>"70 kg"</c>.</returns>
    public override string ToString() => $"{Kilograms.ToString(CultureInfo.InvariantCulture)} kg";
}
