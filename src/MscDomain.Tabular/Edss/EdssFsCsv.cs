using MscDomain.Outcomes;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MscDomain.Disability;
using NodaTime.Text;

namespace MscDomain.Tabular.Edss;

/// <summary>
/// Reads functional-system (FS) grades from CSV and writes them back with the derived EDSS step and the
/// rule that decided it.
/// </summary>
/// <remarks>
/// <para>Input: comma-separated, UTF-8, a header row with (at least) the columns <c>id</c>, <c>date</c>
/// (ISO <c>yyyy-MM-dd</c>), <c>pyramidal</c> (0–6), <c>cerebellar</c> (0–5), <c>brainstem</c> (0–5),
/// <c>sensory</c> (0–6), <c>bowel_bladder</c> (0–6, raw), <c>visual</c> (0–6, raw), <c>cerebral</c> (0–5)
/// and <c>ambulation</c> (Neurostatus ambulation score 0–16). Names are exact and lower-case; column
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
    public static IReadOnlyList<string> RequiredColumns { get; } =
        ["id", "date", "pyramidal", "cerebellar", "brainstem", "sensory", "bowel_bladder", "visual", "cerebral", "ambulation"];

    private static readonly (string Column, FunctionalSystem System)[] Systems =
    [
        ("pyramidal", FunctionalSystem.Pyramidal),
        ("cerebellar", FunctionalSystem.Cerebellar),
        ("brainstem", FunctionalSystem.Brainstem),
        ("sensory", FunctionalSystem.Sensory),
        ("bowel_bladder", FunctionalSystem.BowelBladder),
        ("visual", FunctionalSystem.Visual),
        ("cerebral", FunctionalSystem.Cerebral),
    ];

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
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = null,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read())
        {
            throw new TabularInputException(fileName, null, null, "the file is empty; expected a header row with " + string.Join(",", RequiredColumns) + ".");
        }

        csv.ReadHeader();
        var header = csv.HeaderRecord ?? [];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!index.TryAdd(header[i], i))
            {
                throw new TabularInputException(fileName, 1, header[i], $"column '{header[i]}' appears more than once in the header.");
            }
        }

        var missing = RequiredColumns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new TabularInputException(fileName, 1, missing[0],
                $"required column(s) {string.Join(", ", missing.Select(m => "'" + m + "'"))} missing; the header needs {string.Join(",", RequiredColumns)} (exact lower-case names).");
        }

        foreach (var output in new[] { EdssColumn, RuleColumn })
        {
            if (index.ContainsKey(output))
            {
                throw new TabularInputException(fileName, 1, output, $"the input already has a column '{output}', which the output would add; rename or remove it.");
            }
        }

        var records = new List<EdssFsRecord>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var fields = csv.Parser.Record ?? [];
            if (fields.Length != header.Length)
            {
                throw new TabularInputException(fileName, line, null,
                    $"the row has {fields.Length.ToString(CultureInfo.InvariantCulture)} field(s) but the header has {header.Length.ToString(CultureInfo.InvariantCulture)}.");
            }

            string Field(string column) => fields[index[column]];

            var id = Field("id");
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new TabularInputException(fileName, line, "id", "the participant id is empty; every row needs one.");
            }

            var dateText = Field("date");
            var date = LocalDatePattern.Iso.Parse(dateText);
            if (!date.Success)
            {
                throw new TabularInputException(fileName, line, "date", $"'{dateText}' is not an ISO date (yyyy-MM-dd).");
            }

            var grades = new FunctionalSystemGrade[Systems.Length];
            for (var s = 0; s < Systems.Length; s++)
            {
                grades[s] = ParseGrade(fileName, line, Systems[s].Column, Systems[s].System, Field(Systems[s].Column));
            }

            var ambulationText = Field("ambulation");
            if (!int.TryParse(ambulationText, NumberStyles.None, CultureInfo.InvariantCulture, out var amb))
            {
                throw new TabularInputException(fileName, line, "ambulation",
                    $"'{ambulationText}' is not a whole number; the Neurostatus ambulation score is 0 to {AmbulationScore.MaximumScore.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (amb > AmbulationScore.MaximumScore)
            {
                throw new TabularInputException(fileName, line, "ambulation",
                    $"ambulation score {amb.ToString(CultureInfo.InvariantCulture)} is outside 0 to {AmbulationScore.MaximumScore.ToString(CultureInfo.InvariantCulture)} (Neurostatus).");
            }

            var scores = new FunctionalSystemScores(grades[0], grades[1], grades[2], grades[3], grades[4], grades[5], grades[6]);
            records.Add(new EdssFsRecord(line, id, date.Value, scores, new AmbulationScore(amb), fields));
        }

        return new EdssFsTable(fileName, header, records);
    }

    /// <summary>Reads an FS table from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The header and parsed rows.</returns>
    /// <exception cref="TabularInputException">The file cannot be found or read, or its content is invalid.</exception>
    public static EdssFsTable ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        StreamReader reader;
        try
        {
            reader = new StreamReader(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TabularInputException(path, null, null, "cannot open the file: " + e.Message);
        }

        using (reader)
        {
            return Read(reader, path);
        }
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
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
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

        csv.Flush();
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

    private static FunctionalSystemGrade ParseGrade(string file, int line, string column, FunctionalSystem system, string text)
    {
        var max = FunctionalSystemGrade.MaximumGrade(system);
        var rule = $"the {system} grade is 0 to {max.ToString(CultureInfo.InvariantCulture)} (Kurtzke 1983 / Neurostatus), optionally followed by X";
        if (text.Length == 0)
        {
            throw new TabularInputException(file, line, column, $"the value is empty; {rule}.");
        }

        var flagged = text.EndsWith('X') || text.EndsWith('x');
        var digits = flagged ? text[..^1] : text;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var grade))
        {
            throw new TabularInputException(file, line, column, $"'{text}' is not a whole-number grade; {rule}.");
        }

        if (grade > max)
        {
            throw new TabularInputException(file, line, column, $"grade {grade.ToString(CultureInfo.InvariantCulture)} is out of range; {rule}.");
        }

        return new FunctionalSystemGrade(system, grade, flagged);
    }
}
