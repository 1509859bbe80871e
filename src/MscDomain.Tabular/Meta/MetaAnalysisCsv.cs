using System.Globalization;
using MscDomain.Analysis;
using MscDomain.Common;
using MscDomain.Tabular.Csv;
using MscDomain.Tabular.Timelines;

namespace MscDomain.Tabular.Meta;

/// <summary>
/// CSV adapter of the evidence synthesis: reads study rows with metafor <c>escalc()</c> column names and writes the pooled
/// result (<c>pooled.csv</c>) and the per-study table (<c>studies_out.csv</c>). The rules are the core's
/// (<see cref="EffectSizes"/>, <see cref="MetaAnalysis"/>); this class only maps cells and formats numbers.
/// </summary>
/// <remarks>
/// Input: a header with <c>study</c>, then the columns the measure needs (<see cref="EffectSizes.InputColumns"/>):
/// <c>ai,bi,ci,di</c> or <c>ai,n1i,ci,n2i</c>; <c>m1i,sd1i,n1i,m2i,sd2i,n2i</c>; <c>xi,ni</c>; <c>xi,ti</c>;
/// <c>x1i,t1i,x2i,t2i</c>; <c>yi,vi</c> or <c>yi,sei</c>. Numbers in invariant culture; an empty cell is missing.
/// Output numbers are written with round-trip precision (<c>R</c> format); p-values as computed.
/// </remarks>
public static class MetaAnalysisCsv
{
    /// <summary>The columns of <c>pooled.csv</c>, in order.</summary>
    public static IReadOnlyList<string> PooledColumns { get; } =
        ["k", "estimate", "se", "stat", "pval", "ci_lb", "ci_ub", "pi_lb", "pi_ub", "tau2", "I2", "H2", "Q", "Q_df", "Q_pval"];

    /// <summary>The columns of <c>studies_out.csv</c>, in order.</summary>
    public static IReadOnlyList<string> StudyColumns { get; } = ["study", "yi", "vi", "weight"];

    private static readonly string[] AllInputColumns =
        ["ai", "bi", "ci", "di", "n1i", "n2i", "m1i", "sd1i", "m2i", "sd2i", "xi", "ni", "ti", "x1i", "t1i", "x2i", "t2i", "yi", "vi", "sei"];

    /// <summary>Reads the study rows of <paramref name="path"/> for <paramref name="measure"/>; every problem is a located issue.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="measure">The measure, which fixes the columns needed.</param>
    /// <returns>The rows read (as <see cref="MetaStudyInput"/>, one per data row with its cell locations) and the issues found.</returns>
    /// <exception cref="TabularInputException">The file cannot be opened or is not CSV (file-level problems).</exception>
    public static MetaCsvReadResult ReadStudies(string path, EffectMeasure measure)
    {
        var issues = new List<DataIssue>();
        var rows = new List<MetaStudyInput>();
        using var csv = CsvTableReader.Open(path);
        var headerAt = new SourceLocation(path, 1);
        if (!csv.HasColumn("study"))
        {
            issues.Add(DataIssue.Error(DataIssueCodes.MissingColumn, new SourceLocation(path, 1, path: "study"), null,
                $"The header needs a 'study' column, then the escalc() columns of {measure}; the header has: {string.Join(", ", csv.Headers)}."));
        }

        var alternatives = EffectSizes.InputColumns(measure);
        if (!alternatives.Any(set => set.All(csv.HasColumn)))
        {
            issues.Add(DataIssue.Error(DataIssueCodes.MissingColumn, headerAt, null,
                $"{measure} needs the columns {string.Join(" or ", alternatives.Select(a => string.Join(",", a)))}; the header has: {string.Join(", ", csv.Headers)}."));
        }

        if (issues.Count > 0)
        {
            return new MetaCsvReadResult(rows, issues);
        }

        var index = csv.Headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i + 1, StringComparer.OrdinalIgnoreCase);
        var present = AllInputColumns.Where(csv.HasColumn).ToArray();
        while (csv.Read())
        {
            var line = csv.Line;
            var study = csv.GetOptionalString("study");
            if (study is null)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.MissingValue, SourceLocation.AtCell(path, line, index["study"], "study"), null,
                    "Every row needs a study label."));
                study = $"line {line}";
            }

            var cells = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            var values = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var column in present)
            {
                var at = SourceLocation.AtCell(path, line, index[column], column);
                cells[column] = at;
                var text = csv.GetOptionalString(column);
                if (text is null)
                {
                    continue;
                }

                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
                {
                    values[column] = v;
                }
                else
                {
                    issues.Add(DataIssue.Error(DataIssueCodes.UnreadableValue, at, text,
                        $"Study '{study}': {column} must be a finite number with a dot as decimal separator, e.g. 12.5."));
                }
            }

            double? V(string c) => values.TryGetValue(c, out var x) ? x : null;
            rows.Add(new MetaStudyInput(study, new SourceLocation(path, line), cells)
            {
                Ai = V("ai"), Bi = V("bi"), Ci = V("ci"), Di = V("di"), N1i = V("n1i"), N2i = V("n2i"),
                M1i = V("m1i"), Sd1i = V("sd1i"), M2i = V("m2i"), Sd2i = V("sd2i"),
                Xi = V("xi"), Ni = V("ni"), Ti = V("ti"), X1i = V("x1i"), T1i = V("t1i"), X2i = V("x2i"), T2i = V("t2i"),
                Yi = V("yi"), Vi = V("vi"), Sei = V("sei"),
            });
        }

        // A cell that could not be read must not turn into "missing" later: keep only rows without read errors.
        var bad = issues.Where(i => i.Severity == DataIssueSeverity.Error && i.Location.Line is not null).Select(i => i.Location.Line).ToHashSet();
        return new MetaCsvReadResult(rows.Where(r => !bad.Contains(r.Location.Line)).ToList(), issues);
    }

    /// <summary>The one data row of <c>pooled.csv</c>, formatted (round-trip numbers, invariant culture).</summary>
    /// <param name="result">The fitted model.</param>
    /// <returns>The fields in <see cref="PooledColumns"/> order.</returns>
    public static IReadOnlyList<string> PooledRow(MetaAnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return
        [
            result.K.ToString(CultureInfo.InvariantCulture), F(result.Estimate), F(result.StandardError), F(result.Statistic), F(result.PValue),
            F(result.CiLower), F(result.CiUpper), F(result.PiLower), F(result.PiUpper), F(result.TauSquared), F(result.ISquared),
            F(result.HSquared), F(result.Q), result.QDf.ToString(CultureInfo.InvariantCulture), F(result.QPValue),
        ];
    }

    /// <summary>Writes <c>pooled.csv</c> atomically (temporary file, then rename).</summary>
    /// <param name="path">The destination.</param>
    /// <param name="result">The fitted model.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WritePooled(string path, MetaAnalysisResult result) =>
        CsvRowWriter.WriteFile(path, PooledColumns, [PooledRow(result)]);

    /// <summary>Writes <c>pooled.csv</c> (header and one row) to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination (not closed).</param>
    /// <param name="result">The fitted model.</param>
    public static void WritePooled(TextWriter writer, MetaAnalysisResult result) =>
        CsvRowWriter.Write(writer, PooledColumns, [PooledRow(result)]);

    /// <summary>Writes <c>studies_out.csv</c> (<c>study,yi,vi,weight</c>) to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination (not closed).</param>
    /// <param name="result">The fitted model.</param>
    public static void WriteStudies(TextWriter writer, MetaAnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        CsvRowWriter.Write(writer, StudyColumns, result.Studies.Select(s => (IReadOnlyList<string?>)[s.Study, F(s.Yi), F(s.Vi), F(s.WeightPercent)]));
    }

    /// <summary>Writes <c>studies_out.csv</c> atomically: <c>study,yi,vi,weight</c> with the weight in percent.</summary>
    /// <param name="path">The destination.</param>
    /// <param name="result">The fitted model.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteStudies(string path, MetaAnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        CsvRowWriter.WriteFile(path, StudyColumns, result.Studies.Select(s => (IReadOnlyList<string?>)[s.Study, F(s.Yi), F(s.Vi), F(s.WeightPercent)]));
    }

    private static string F(double v) => v switch
    {
        double.PositiveInfinity => "Inf",
        double.NegativeInfinity => "-Inf",
        _ when double.IsNaN(v) => "NA",
        _ => v.ToString("R", CultureInfo.InvariantCulture),
    };
}
