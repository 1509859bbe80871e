using MscDomain.Disability;
using MscDomain.Ingest;
using MscDomain.Tabular.Csv;

namespace MscDomain.Tabular.Progression;

/// <summary>Reads long-format visit and relapse CSV files (one row per visit or relapse, msprog's input layout) into
/// per-participant series for <see cref="ConfirmedChangeCohort"/>.</summary>
/// <remarks>This class only maps CSV cells to the core's ingest boundary, <see cref="DisabilityVisitIngest"/>, which owns
/// every rule (missing values, sorting, same-day duplicates, ranges, spellings) and reports every problem as a located,
/// coded <see cref="Common.DataIssue"/>. Files must be UTF-8 (<see cref="TextInput"/>).</remarks>
public static class ProgressionCsvReader
{
    /// <summary>Reads the visit file and, optionally, the relapse file.</summary>
    /// <param name="visitsPath">Path of the visit CSV.</param>
    /// <param name="relapsesPath">Path of the relapse CSV, or null for none.</param>
    /// <param name="options">Columns and parsing rules.</param>
    /// <returns>The participants and a summary.</returns>
    /// <exception cref="TabularInputException">A file is missing or cannot be read as asked (the message names file, line, column and rule).</exception>
    public static ProgressionInput Read(string visitsPath, string? relapsesPath, ProgressionCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(visitsPath);
        ArgumentNullException.ThrowIfNull(options);
        var visits = CsvRows.OpenFile(visitsPath);
        var relapses = relapsesPath is null ? null : CsvRows.OpenFile(relapsesPath);
        return Read(visits, relapses, options);
    }

    /// <summary>Reads visits and relapses from text readers.</summary>
    /// <param name="visits">The visit CSV.</param>
    /// <param name="visitsName">File name used in error messages.</param>
    /// <param name="relapses">The relapse CSV, or null for none.</param>
    /// <param name="relapsesName">File name used in error messages.</param>
    /// <param name="options">Columns and parsing rules.</param>
    /// <returns>The participants and a summary.</returns>
    /// <exception cref="TabularInputException">The input cannot be read as asked.</exception>
    public static ProgressionInput Read(TextReader visits, string visitsName, TextReader? relapses, string? relapsesName, ProgressionCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(visitsName);
        ArgumentNullException.ThrowIfNull(options);
        var v = CsvRows.Open(visits, visitsName);
        var r = relapses is null ? null : CsvRows.Open(relapses, relapsesName ?? "relapses");
        return Read(v, r, options);
    }

    private static ProgressionInput Read(CsvRows visits, CsvRows? relapses, ProgressionCsvOptions options) => Read(visits, relapses, options, visits.PartBytes());

    /// <summary>Reads with visit parts of about <paramref name="chunkBytes"/> bytes, checked in parallel (tests compare part sizes).</summary>
    /// <param name="visits">The visits.</param>
    /// <param name="relapses">The relapses, or null.</param>
    /// <param name="options">The options.</param>
    /// <param name="chunkBytes">The part size.</param>
    /// <returns>The input.</returns>
    internal static ProgressionInput Read(CsvRows visits, CsvRows? relapses, ProgressionCsvOptions options, int chunkBytes)
    {
        var ingest = options.ToIngestOptions();
        var result = DisabilityVisitIngest.ReadInParallel(visits.Header, visits.Parts(chunkBytes), relapses?.Header, relapses?.Rows(), ingest);
        TabularInputException.ThrowIfErrors(result.Issues);
        var summary = new ProgressionReadSummary
        {
            VisitRows = result.VisitRows,
            VisitsKept = result.VisitsKept,
            Participants = result.Participants.Count,
            RelapseRows = result.RelapseRows,
            ValueColumn = ingest.EffectiveValueColumn,
            MissingValueLines = result.MissingValueLines,
            SameDayDuplicateLines = result.SameDayDuplicateLines,
            Issues = result.Issues,
        };
        return new ProgressionInput(result.Participants, summary);
    }
}
