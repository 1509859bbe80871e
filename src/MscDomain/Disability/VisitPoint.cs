using NodaTime;

namespace MscDomain.Disability;

/// <summary>A visit as reported in results: its date and the outcome value used.</summary>
/// <param name="Date">The visit date.</param>
/// <param name="Value">The outcome value (for a baseline carried by <c>BaselineNeverLower</c>, the carried value).</param>
public readonly record struct VisitPoint(LocalDate Date, decimal Value);
