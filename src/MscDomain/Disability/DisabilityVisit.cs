using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Disability;

/// <summary>One outcome assessment of one participant, as input to the confirmed-change engine.</summary>
/// <remarks><c>default(DisabilityVisit)</c> is a visit on 0001-01-01 (NodaTime's default date) with a missing value.</remarks>
public readonly record struct DisabilityVisit
{
    /// <summary>Creates a visit.</summary>
    /// <param name="date">The visit date (use <see cref="DayNumbers.FromDayNumber"/> for day-number input).</param>
    /// <param name="value">The outcome value; <see langword="null"/> = missing (dropped and reported, as msprog does).</param>
    /// <param name="canConfirm">Whether the visit may serve as a confirmation visit (msprog <c>validconf_col</c>, e.g. scheduled visits only); an unflagged visit may still be an onset or a baseline.</param>
    [JsonConstructor]
    public DisabilityVisit(LocalDate date, decimal? value, bool canConfirm = true)
    {
        Date = date;
        Value = value;
        CanConfirm = canConfirm;
    }

    /// <summary>The visit date.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The outcome value; <see langword="null"/> = missing.</summary>
    public decimal? Value { get; init; }

    /// <summary>Whether the visit may serve as a confirmation visit (msprog <c>validconf_col</c>).</summary>
    public bool CanConfirm { get; init; }

    /// <summary>Deconstructs the visit.</summary>
    /// <param name="date">The visit date.</param>
    /// <param name="value">The outcome value.</param>
    /// <param name="canConfirm">Whether the visit may confirm.</param>
    public void Deconstruct(out LocalDate date, out decimal? value, out bool canConfirm)
    {
        date = Date;
        value = Value;
        canConfirm = CanConfirm;
    }
}
