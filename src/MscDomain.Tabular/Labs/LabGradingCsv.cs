using System.Globalization;
using MscDomain.AdverseEvents;
using MscDomain.Common;
using MscDomain.Ingest;
using MscDomain.Safety;
using MscDomain.Tabular.Csv;

namespace MscDomain.Tabular.Labs;

/// <summary>
/// Grades a lab CSV by CTCAE v5.0/v6.0: reads one lab value per row, passes every column through unchanged and
/// appends <c>grade</c> (0-4, empty when not gradable) and <c>reason</c>.
/// </summary>
/// <remarks>
/// <para>The columns and spellings are the core's (<see cref="LabRowIngest"/>). Required columns (any order, names case-insensitive): <c>term</c>, <c>direction</c> (high, low, or
/// empty when the term implies it), <c>value</c>, <c>unit</c>, <c>lln</c>, <c>uln</c>, <c>baseline_value</c>,
/// <c>baseline_status</c> (normal, high, low or empty), <c>ctcae_version</c> (<c>v5.0</c> or <c>v6.0</c>, the spelling JSON uses). Optional:
/// <c>symptomatic</c>, <c>intervention_indicated</c>, <c>on_anticoagulation</c>, <c>is_baseline</c> (true, false,
/// empty = unknown → the clinical-qualifier policy). Numbers use invariant culture (<c>1.5</c>); empty = missing.</para>
/// <para><c>reason</c> is the <see cref="CtcaeNotGradableReason"/> wire name (<c>missing-lln</c>) when not gradable; for a
/// grade it lists the wire names of the <see cref="LabGradingFlags"/> that fired, separated by <c>;</c> (empty when none). Unknown term names, unsupported units and missing
/// references are data, not errors: the row is "not gradable".</para>
/// <para>Errors (unparseable number or flag, unknown version, direction or baseline status, a direction that contradicts
/// the term, missing required column,
/// existing <c>grade</c>/<c>reason</c> column) throw <see cref="TabularInputException"/> naming file, line, column,
/// value and rule.</para>
/// </remarks>
public static class LabGradingCsv
{
    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5"];

    /// <summary>The required input columns (the core's, <see cref="LabRowIngest.RequiredColumns"/>).</summary>
    public static IReadOnlyList<string> RequiredColumns => LabRowIngest.RequiredColumns;

    /// <summary>Reads lab rows from <paramref name="input"/> and writes them with <c>grade</c> and <c>reason</c> to <paramref name="output"/>.</summary>
    /// <param name="input">The CSV to read (header on the first line).</param>
    /// <param name="output">Where the graded CSV goes.</param>
    /// <param name="fileName">The input file name, for error messages.</param>
    /// <param name="options">Grading policies; <see langword="null"/> for <see cref="LabGradingOptions.Default"/>.</param>
    /// <returns>Row counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TabularInputException">The input breaks a rule (see remarks).</exception>
    public static LabGradingCsvSummary Grade(TextReader input, TextWriter output, string fileName, LabGradingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fileName);
        using var rows = CsvRows.Open(input, fileName);
        return Grade(rows, output, options);
    }

    /// <summary>Grades the lab CSV file <paramref name="path"/> (strict UTF-8, see <see cref="TextInput"/>) into <paramref name="output"/>.</summary>
    /// <param name="path">The input file.</param>
    /// <param name="output">Where the graded CSV goes.</param>
    /// <param name="options">Grading policies; <see langword="null"/> for <see cref="LabGradingOptions.Default"/>.</param>
    /// <returns>Row counts.</returns>
    /// <exception cref="TabularInputException">The file cannot be read or breaks a rule.</exception>
    public static LabGradingCsvSummary GradeFile(string path, TextWriter output, LabGradingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var rows = CsvRows.OpenFile(path);
        return Grade(rows, output, options);
    }

    private static LabGradingCsvSummary Grade(CsvRows rows, TextWriter output, LabGradingOptions? options)
    {
        var grader = new CtcaeLabGrader(options ?? LabGradingOptions.Default);
        var issues = new List<DataIssue>();
        var ingest = new LabRowIngest(rows.Header, issues);
        foreach (var appended in new[] { "grade", "reason" })
        {
            if (rows.Header.IndexOf(appended) is var i and >= 0)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.OutputColumnExists, rows.Header.At(i), appended, $"the input already has a '{appended}' column, which grading appends."));
            }
        }

        TabularInputException.ThrowIfErrors(issues);
        var writer = new CsvFieldWriter(output);
        foreach (var h in rows.Header.Names)
        {
            writer.WriteField(h);
        }

        writer.WriteField("grade");
        writer.WriteField("reason");
        writer.NextRecord();

        // One pass: read a record, grade it, write it. The record's text (for error columns) is built only when the row
        // has an error, by reading that row again with it.
        var csv = rows.Reader;
        var flagNames = new Dictionary<LabGradingFlags, string>();
        int count = 0, graded = 0, notGradable = 0;
        while (rows.Next())
        {
            if (csv.IsBlank)
            {
                continue;
            }

            count++;
            var cells = rows.Cells();
            var input = ingest.Read(new RawRow(csv.RecordLine, cells));
            if (issues.Count > 0)
            {
                issues.Clear();
                ingest.Read(new RawRow(csv.RecordLine, cells, csv.RecordText()));
                TabularInputException.ThrowIfErrors(issues);
            }

            var result = grader.Grade(input!.Value);
            foreach (var f in cells)
            {
                writer.WriteField(f);
            }

            if (result.GradeValue is { } g)
            {
                graded++;
                writer.WritePlain(g is >= 0 and < 6 ? Digits[g] : g.ToString(CultureInfo.InvariantCulture));
                if (!flagNames.TryGetValue(result.Flags, out var flags))
                {
                    flags = result.Flags == LabGradingFlags.None ? string.Empty : WireName.Of(result.Flags).Replace(", ", ";", StringComparison.Ordinal);
                    flagNames.Add(result.Flags, flags);
                }

                writer.WriteField(flags);
            }
            else
            {
                notGradable++;
                writer.WritePlain(string.Empty);
                writer.WriteField(WireName.Of(result.Reason));
            }

            writer.NextRecord();
        }

        output.Flush();
        return new LabGradingCsvSummary(count, graded, notGradable);
    }
}
