using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Tabular.Edss;

/// <summary>One parsed row of a functional-system CSV.</summary>
/// <param name="Line">The 1-based line number in the file (the header is line 1).</param>
/// <param name="Id">The participant identifier (column <c>id</c>).</param>
/// <param name="Date">The examination date (column <c>date</c>, ISO <c>yyyy-MM-dd</c>).</param>
/// <param name="Scores">The seven FS grades.</param>
/// <param name="Ambulation">The Neurostatus ambulation score.</param>
/// <param name="Fields">Every field of the row as written, in header order (written back unchanged).</param>
public sealed record EdssFsRecord(int Line, string Id, LocalDate Date, FunctionalSystemScores Scores, AmbulationScore Ambulation, IReadOnlyList<string> Fields);
