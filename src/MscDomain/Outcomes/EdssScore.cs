using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Outcomes;

/// <summary>
/// A score on Kurtzke's Expanded Disability Status Scale (EDSS): 0, then 1.0 to 10 in half steps.
/// </summary>
/// <remarks>
/// <para>The EDSS runs from 0 (normal neurological examination) to 10 (death due to MS). Above 0 it
/// moves in steps of 0.5 starting at 1.0, so 0.5 is not a valid score (Kurtzke 1983,
/// <i>Neurology</i> 33:1444; Neurostatus-EDSS definitions, Kappos).</para>
/// <para>Values are exact <see cref="decimal"/>s. <c>default(EdssScore)</c> is EDSS 0.</para>
/// <para>On the wire an EDSS is a plain JSON number (<c>3.5</c>).</para>
/// </remarks>
[JsonConverter(typeof(EdssScoreJsonConverter))]
public readonly record struct EdssScore : IComparable<EdssScore>
{
    /// <summary>EDSS 0: normal neurological examination.</summary>
    public static readonly EdssScore Zero = default;

    /// <summary>EDSS 10: death due to MS.</summary>
    public static readonly EdssScore Max = new(10m);

    /// <summary>Creates an EDSS score after checking it is one of 0, 1.0, 1.5, ..., 9.5, 10.</summary>
    /// <param name="value">The score.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a valid EDSS step.</exception>
    [JsonConstructor]
    public EdssScore(decimal value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                $"EDSS must be 0 or a multiple of 0.5 from 1.0 to 10 (Kurtzke 1983); {value.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        Value = value;
    }

    /// <summary>The score as an exact decimal (0, 1.0, 1.5, ..., 10).</summary>
    public decimal Value { get; }

    /// <summary>Whether <paramref name="value"/> is a valid EDSS step (0, or 1.0 to 10 in steps of 0.5).</summary>
    /// <param name="value">A candidate score.</param>
    /// <returns><see langword="true"/> for 0, 1.0, 1.5, ..., 9.5, 10.</returns>
    public static bool IsValid(decimal value) =>
        value == 0m || (value >= 1m && value <= 10m && decimal.Remainder(value, 0.5m) == 0m);

    /// <summary>Parses an EDSS score written with invariant culture (e.g. <c>"3.5"</c>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="score">The score when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid EDSS score.</returns>
    public static bool TryParse(string? text, out EdssScore score)
    {
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && IsValid(v))
        {
            score = new EdssScore(v);
            return true;
        }

        score = default;
        return false;
    }

    /// <inheritdoc />
    public int CompareTo(EdssScore other) => Value.CompareTo(other.Value);

    /// <summary>Whether the left score is lower than the right.</summary>
    public static bool operator <(EdssScore left, EdssScore right) => left.Value < right.Value;

    /// <summary>Whether the left score is higher than the right.</summary>
    public static bool operator >(EdssScore left, EdssScore right) => left.Value > right.Value;

    /// <summary>Whether the left score is lower than or equal to the right.</summary>
    public static bool operator <=(EdssScore left, EdssScore right) => left.Value <= right.Value;

    /// <summary>Whether the left score is higher than or equal to the right.</summary>
    public static bool operator >=(EdssScore left, EdssScore right) => left.Value >= right.Value;

    /// <summary>The score with one decimal, invariant culture (<c>"3.5"</c>, <c>"0.0"</c>).</summary>
    /// <returns>The formatted score.</returns>
    public override string ToString() => Value.ToString("0.0", CultureInfo.InvariantCulture);
}
