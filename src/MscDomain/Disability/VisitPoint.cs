using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Disability;

/// <summary>A visit as reported in results: its date and the outcome value used.</summary>
/// <remarks><c>default(VisitPoint)</c> is 0001-01-01 with value 0; results never contain it.</remarks>
public readonly record struct VisitPoint
{
    /// <summary>Creates a visit point.</summary>
    /// <param name="date">The visit date.</param>
    /// <param name="value">The outcome value (for a baseline carried by <c>BaselineNeverLower</c>, the carried value).</param>
    [JsonConstructor]
    public VisitPoint(LocalDate date, decimal value)
    {
        Date = date;
        Value = value;
    }

    /// <summary>The visit date.</summary>
    public LocalDate Date { get; init; }

    /// <summary>The outcome value (for a baseline carried by <c>BaselineNeverLower</c>, the carried value).</summary>
    public decimal Value { get; init; }

    /// <summary>Deconstructs the point.</summary>
    /// <param name="date">The visit date.</param>
    /// <param name="value">The outcome value.</param>
    public void Deconstruct(out LocalDate date, out decimal value)
    {
        date = Date;
        value = Value;
    }
}
