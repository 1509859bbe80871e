using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Disability;

/// <summary>A measured percentage brain volume change (PBVC, e.g. SIENA) between two scans, annualised for NEDA-4.</summary>
/// <remarks>
/// <para>Annualised change (%/year) = <see cref="PercentChange"/> × 365.25 / days between the scans
/// (Julian year of 365.25 days; multiply first so whole-year intervals stay exact). Brain volume loss is
/// the negative of a negative change. Source: Kappos et al., ECTRIMS 2015; <i>Front Neurol</i> 2019;10:788.</para>
/// </remarks>
public sealed record NedaBrainVolumeChange
{
    /// <summary>Creates a measurement.</summary>
    /// <param name="from">The earlier scan date.</param>
    /// <param name="to">The later scan date, after <paramref name="from"/>.</param>
    /// <param name="percentChange">PBVC in percent (negative = loss), e.g. <c>-0.8</c>.</param>
    /// <param name="method">The method (e.g. <c>SIENA</c>, <c>SIENAX</c>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    [JsonConstructor]
    public NedaBrainVolumeChange(LocalDate from, LocalDate to, decimal percentChange, string? method = null)
    {
        if (to <= from)
        {
            throw new ArgumentException($"Brain volume interval must end after it starts (from {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}, to {to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}).", nameof(to));
        }

        From = from;
        To = to;
        PercentChange = percentChange;
        Method = method;
    }

    /// <summary>The earlier scan date.</summary>
    public LocalDate From { get; }

    /// <summary>The later scan date.</summary>
    public LocalDate To { get; }

    /// <summary>Percentage brain volume change over the interval (negative = loss).</summary>
    public decimal PercentChange { get; }

    /// <summary>The measurement method (SIENA, SIENAX, ...), when known.</summary>
    public string? Method { get; }

    /// <summary>The interval in days.</summary>
    [JsonIgnore]
    public int Days => Period.DaysBetween(From, To);

    /// <summary>The annualised change in percent per year (negative = loss): PBVC × 365.25 / days.</summary>
    [JsonIgnore]
    public decimal AnnualizedPercentChange => PercentChange * 365.25m / Days;
}
