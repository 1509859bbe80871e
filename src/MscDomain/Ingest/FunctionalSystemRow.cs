using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Ingest;

/// <summary>One examination read by <see cref="FunctionalSystemRowIngest"/>.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Id">The participant id.</param>
/// <param name="Date">The examination date.</param>
/// <param name="Scores">The seven functional-system grades.</param>
/// <param name="Ambulation">The Neurostatus ambulation score.</param>
public sealed record FunctionalSystemRow(int Line, string Id, LocalDate Date, FunctionalSystemScores Scores, AmbulationScore Ambulation);
