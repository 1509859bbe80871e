using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>The tolerance around a confirmation period (msprog <c>conf_tol_days</c>): a visit confirms iff
/// <c>period − LowerDays ≤ days after onset ≤ period + UpperDays</c>, inclusive.</summary>
/// <remarks>
/// <para>msprog default (7, 730.5) gives [77, 814.5] days for a 12-week (84-day) period. "Confirmed over 12 or
/// more weeks" (trial wording, Kappos 2020) is (0, unbounded). Days, may be fractional.</para>
/// <para><c>default</c> is (0, 0): the visit must fall exactly on the period.</para>
/// </remarks>
public readonly record struct ConfirmationTolerance
{
    /// <summary>Creates a tolerance.</summary>
    /// <param name="lowerDays">Days before the period still accepted (≥ 0).</param>
    /// <param name="upperDays">Days after the period still accepted (≥ 0); <see langword="null"/> = unbounded (R <c>Inf</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative.</exception>
    [JsonConstructor]
    public ConfirmationTolerance(decimal lowerDays, decimal? upperDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lowerDays);
        if (upperDays is < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(upperDays), upperDays, "The upper confirmation tolerance must be ≥ 0 days (or null for unbounded).");
        }

        LowerDays = lowerDays;
        UpperDays = upperDays;
    }

    /// <summary>Days before the period still accepted.</summary>
    public decimal LowerDays { get; }

    /// <summary>Days after the period still accepted; <see langword="null"/> = unbounded.</summary>
    public decimal? UpperDays { get; }

    /// <summary>msprog's default (7, 730.5) days.</summary>
    public static ConfirmationTolerance MsprogDefault => new(7m, 730.5m);

    /// <summary>"Confirmed over N or more weeks": (0, unbounded).</summary>
    public static ConfirmationTolerance OrMore => new(0m, null);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"(-{LowerDays}, +{(UpperDays is { } u ? u.ToString(CultureInfo.InvariantCulture) : "Inf")})");
}
