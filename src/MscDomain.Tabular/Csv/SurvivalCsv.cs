using MscDomain.Analysis;
using MscDomain.Ingest;

namespace MscDomain.Tabular.Csv;

/// <summary>Reads survival rows (time to event or censoring, per subject) from a CSV file.</summary>
public static class SurvivalCsv
{
    /// <summary>
    /// Reads one <see cref="SurvivalObservation"/> per data row of <paramref name="path"/>: a time in days
    /// (number ≥ 0), an event flag (true/false, 1/0, yes/no), and optionally a group and an id column.
    /// </summary>
    /// <param name="path">The CSV file (header on line 1; see <see cref="CsvTableReader"/> for the format).</param>
    /// <param name="timeColumn">The column with days to event or censoring.</param>
    /// <param name="eventColumn">The column telling whether the event was observed (false = censored).</param>
    /// <param name="groupColumn">The column with the group (arm); <see langword="null"/> puts every row in group "All".</param>
    /// <param name="idColumn">The column with the subject id; <see langword="null"/> names rows "line N".</param>
    /// <returns>The rows in file order.</returns>
    /// <exception cref="TabularInputException">The file cannot be read, a column is missing, a value is malformed
    /// or a time is negative (the message names file, line, column, value and rule), or there are no data rows.</exception>
    public static IReadOnlyList<SurvivalObservation> Read(string path, string timeColumn, string eventColumn, string? groupColumn = null, string? idColumn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeColumn);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventColumn);
        var rows = CsvRows.OpenFile(path);
        var result = SurvivalIngest.Read(rows.Header, rows.Rows(), timeColumn, eventColumn, groupColumn, idColumn);
        TabularInputException.ThrowIfErrors(result.Issues);
        return result.Value;
    }
}
