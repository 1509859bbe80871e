using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Outcomes;

/// <summary>A percentage from 0 to 100 inclusive (viability, marker positivity, proportion).</summary>
/// <remarks>Exact <see cref="decimal"/>; <c>default(Percentage)</c> is 0%. JSON: <c>{ "value": 95 }</c>.</remarks>
public readonly record struct Percentage : IComparable<Percentage>
{
    /// <summary>Creates a percentage after checking 0 ≤ value ≤ 100.</summary>
    /// <param name="value">The percentage (0–100).</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–100.</exception>
    [JsonConstructor]
    public Percentage(decimal value)
    {
        if (value < 0m || value > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                $"Percentage.Value must be between 0 and 100 inclusive; {value.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        Value = value;
    }

    /// <summary>The percentage (0–100).</summary>
    public decimal Value { get; }

    /// <inheritdoc />
    public int CompareTo(Percentage other) => Value.CompareTo(other.Value);

    /// <summary>The value with a percent sign, invariant culture.</summary>
    /// <returns>For example <c>"95%"</c>.</returns>
    public override string ToString() => $"{Value.ToString(CultureInfo.InvariantCulture)}%";
}
