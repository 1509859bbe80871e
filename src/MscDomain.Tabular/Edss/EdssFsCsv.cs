using System.Globalization;
using MscDomain.Common;
using MscDomain.Ingest;
using MscDomain.Disability;
using MscDomain.Tabular.Csv;

namespace MscDomain.Tabular.Edss;

/// <summary>
/// Reads functional-system (FS) grades from CSV and writes them back with the derived EDSS step and the
/// rule that decided it.
/// </summary>
/// <remarks>
/// <para>Input: comma-separated, UTF-8, a header row with (at least) the columns <c>id</c>, <c>date</c>
/// (ISO <c>yyyy-MM-dd</c>), <c>pyramidal</c> (0–6), <c>cerebellar</c> (0–5), <c>brainstem</c> (0–5),
/// <c>sensory</c> (0–6), <c>bowel_bladder</c> (0–6, raw), <c>visual</c> (0–6, raw), <c>cerebral</c> (0–5)
/// and <c>ambulation</c> (Neurostatus ambulation score 0–16). Names match case-insensitively and must be unique (the core's <see cref="MscDomain.Ingest.RawHeader"/>); column
/// order is free. A grade may carry the Neurostatus "X" suffix (<c>3X</c>), kept but scored as the
/// number. Every other column is passed through unchanged.</para>
/// <para>Output: the input columns and rows unchanged, plus <c>edss</c> (e.g. <c>3.5</c>) and
/// <c>edss_rule</c> (see <see cref="EdssFromFsResult.Rule"/>).</para>
/// <para>Any problem throws <see cref="TabularInputException"/> naming the file, line, column, value and rule.</para>
/// </remarks>
public static class EdssFsCsv
{
    /// <summary>The output column holding the EDSS step.</summary>
    public const string EdssColumn = "edss";

    /// <summary>The output column holding the deciding rule.</summary>
    public const string RuleColumn = "edss_rule";

    /// <summary>The required input columns, in the documented order.</summary>
    public static IReadOnlyList<string> RequiredColumns => FunctionalSystemRowIngest.RequiredColumns;

    /// <summary>Reads an FS table.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">The file name for error messages.</param>
    /// <returns>The header and parsed rows.</returns>
    /// <exception cref="TabularInputException">The file is empty, a required column is missing or repeated, an
    /// output column already exists, a row has the wrong number of fields, or a value is invalid.</exception>
    public static EdssFsTable Read(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var rows = CsvRows.Open(reader, fileName);
        return ReadRows(rows);
    }

    /// <summary>Reads an FS table from a file (strict UTF-8, see <see cref="TextInput"/>).</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The header and parsed rows.</returns>
    /// <exception cref="TabularInputException">The file cannot be found or read, or its content is invalid.</exception>
    public static EdssFsTable ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var rows = CsvRows.OpenFile(path);
        return ReadRows(rows);
    }

    private static EdssFsTable ReadRows(CsvRows rows)
    {
        var issues = new List<DataIssue>();
        var ingest = new FunctionalSystemRowIngest(rows.Header, issues);
        foreach (var output in new[] { EdssColumn, RuleColumn })
        {
            if (rows.Header.IndexOf(output) is var i and >= 0)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.OutputColumnExists, rows.Header.At(i), output,
                    $"the input already has a column '{output}', which the output would add; rename or remove it."));
            }
        }

        TabularInputException.ThrowIfErrors(issues);
        var records = new List<EdssFsRecord>();
        foreach (var row in rows.Rows())
        {
            var r = ingest.Read(row);
            TabularInputException.ThrowIfErrors(issues);
            records.Add(new EdssFsRecord(r!.Line, r.Id, r.Date, r.Scores, r.Ambulation, row.Cells));
        }

        return new EdssFsTable(rows.File, rows.Header.Names, records);
    }

    /// <summary>Derives the EDSS of every row and writes the table with <c>edss</c> and <c>edss_rule</c> appended.</summary>
    /// <param name="writer">Where to write the CSV.</param>
    /// <param name="table">The table read by <see cref="Read"/>.</param>
    /// <param name="options">Decision-point options; <see langword="null"/> means <see cref="EdssFromFsOptions.Default"/>.</param>
    /// <returns>The per-row results, in row order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="table"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<EdssFromFsResult> Write(TextWriter writer, EdssFsTable table, EdssFromFsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        var results = new List<EdssFromFsResult>(table.Records.Count);
        var csv = new CsvFieldWriter(writer, lfOnly: true);
        foreach (var h in table.Header)
        {
            csv.WriteField(h);
        }

        csv.WriteField(EdssColumn);
        csv.WriteField(RuleColumn);
        csv.NextRecord();
        foreach (var r in table.Records)
        {
            var result = EdssCalculator.FromFunctionalSystems(r.Scores, r.Ambulation, options);
            results.Add(result);
            foreach (var f in r.Fields)
            {
                csv.WriteField(f);
            }

            csv.WriteField(result.Edss.ToString());
            csv.WriteField(result.Rule);
            csv.NextRecord();
        }

        return results;
    }

    /// <summary>Reads <paramref name="inputPath"/>, derives the EDSS of every row and writes <paramref name="outputPath"/>
    /// through a temporary file in the same folder, so a failure never leaves a partial output file.</summary>
    /// <param name="inputPath">The FS CSV.</param>
    /// <param name="outputPath">The output CSV (replaced if it exists).</param>
    /// <param name="options">Decision-point options; <see langword="null"/> means the defaults.</param>
    /// <returns>The per-row results, in row order.</returns>
    /// <exception cref="TabularInputException">The input is invalid or unreadable.</exception>
    /// <exception cref="IOException">The output cannot be written.</exception>
    public static IReadOnlyList<EdssFromFsResult> ConvertFile(string inputPath, string outputPath, EdssFromFsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(outputPath);
        var table = ReadFile(inputPath);
        IReadOnlyList<EdssFromFsResult> results = [];
        MscDomain.IO.AtomicFile.WriteText(outputPath, w => results = Write(w, table, options));
        return results;
    }
}
