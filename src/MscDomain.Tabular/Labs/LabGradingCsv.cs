using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MscDomain.Common;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tabular.Labs;

/// <summary>
/// Grades a lab CSV by CTCAE v5.0/v6.0: reads one lab value per row, passes every column through unchanged and
/// appends <c>grade</c> (0-4, empty when not gradable) and <c>reason</c>.
/// </summary>
/// <remarks>
/// <para>Required columns (any order, names case-sensitive, lower case): <c>term</c>, <c>direction</c> (high, low, or
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
    /// <summary>The required input columns.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
        ["term", "direction", "value", "unit", "lln", "uln", "baseline_value", "baseline_status", "ctcae_version"];

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
        try
        {
            return GradeCore(input, output, fileName, options);
        }
        catch (CsvHelperException e)
        {
            var row = e.Context?.Parser?.RawRow;
            throw new TabularInputException(fileName, row is > 0 ? row : null, null, "the file is not valid CSV: " + e.Message.Split('\n')[0].Trim());
        }
    }

    private static LabGradingCsvSummary GradeCore(TextReader input, TextWriter output, string fileName, LabGradingOptions? options)
    {
        var grader = new CtcaeLabGrader(options ?? LabGradingOptions.Default);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true };
        using var reader = new CsvReader(input, config, leaveOpen: true);
        using var writer = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);

        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { } header)
        {
            throw new TabularInputException(fileName, 1, null, "the file is empty: a header line with the columns " + string.Join(", ", RequiredColumns) + " is required.");
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!index.TryAdd(header[i], i))
            {
                throw new TabularInputException(fileName, 1, header[i], $"column '{header[i]}' appears more than once.");
            }
        }

        foreach (var required in RequiredColumns)
        {
            if (!index.ContainsKey(required))
            {
                throw new TabularInputException(fileName, 1, required, $"required column '{required}' is missing (required: {string.Join(", ", RequiredColumns)}).");
            }
        }

        foreach (var appended in new[] { "grade", "reason" })
        {
            if (index.ContainsKey(appended))
            {
                throw new TabularInputException(fileName, 1, appended, $"the input already has a '{appended}' column, which grading appends.");
            }
        }

        foreach (var h in header)
        {
            writer.WriteField(h);
        }

        writer.WriteField("grade");
        writer.WriteField("reason");
        writer.NextRecord();

        int rows = 0, graded = 0, notGradable = 0;
        while (reader.Read())
        {
            var line = reader.Parser.RawRow;
            var record = reader.Parser.Record ?? [];
            rows++;
            string? Field(string name) => index.TryGetValue(name, out var i) && i < record.Length ? record[i] : null;
            TabularInputException Error(string column, string rule) => new(fileName, line, column, rule);

            decimal? Number(string column)
            {
                var text = Field(column)?.Trim();
                if (string.IsNullOrEmpty(text))
                {
                    return null;
                }

                return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                    ? d
                    : throw Error(column, $"'{text}' is not a number (invariant culture, e.g. 1.5; empty = missing).");
            }

            bool? Flag(string column)
            {
                var text = Field(column)?.Trim();
                if (string.IsNullOrEmpty(text))
                {
                    return null;
                }

                return text.ToLowerInvariant() switch
                {
                    "true" or "yes" or "y" or "1" => true,
                    "false" or "no" or "n" or "0" => false,
                    _ => throw Error(column, $"'{text}' is not true or false (empty = unknown)."),
                };
            }

            var versionText = Field("ctcae_version")?.Trim() ?? string.Empty;
            var version = WireName.TryParse<CtcaeVersion>(versionText, out var v)
                ? v
                : throw Error("ctcae_version", $"'{versionText}' is not a CTCAE version; expected one of: {string.Join(", ", WireName.Names<CtcaeVersion>())}.");

            var directionText = Field("direction")?.Trim() ?? string.Empty;
            LabGradingDirection? direction = directionText.Length == 0 ? null
                : WireName.TryParse<LabGradingDirection>(directionText, out var d) ? d
                : throw Error("direction", $"'{directionText}' is not {string.Join(", ", WireName.Names<LabGradingDirection>())} or empty.");

            var statusText = Field("baseline_status")?.Trim() ?? string.Empty;
            var status = statusText.Length == 0 ? ReferenceRangeStatus.Unknown
                : WireName.TryParse<ReferenceRangeStatus>(statusText, out var st) && st != ReferenceRangeStatus.Unknown ? st
                : throw Error("baseline_status", $"'{statusText}' is not normal, high, low or empty.");

            var value = Number("value");
            var lln = Number("lln");
            var uln = Number("uln");
            var baseline = Number("baseline_value");
            var symptomatic = Flag("symptomatic");
            var intervention = Flag("intervention_indicated");
            var anticoagulated = Flag("on_anticoagulation");
            var isBaseline = Flag("is_baseline") ?? false;

            LabGradingResult result;
            if (direction is { } dir && !LabTermCatalog.TryResolve(Field("term"), direction, out _) && LabTermCatalog.TryResolve(Field("term"), null, out var other))
            {
                throw Error("direction", $"'{directionText}' contradicts term '{Field("term")}', which grades {WireName.Of(LabTermCatalog.DirectionOf(other))} values.");
            }

            if (!LabTermCatalog.TryResolve(Field("term"), direction, out var term))
            {
                result = grader.Grade(new LabGradingInput { Term = LabTerm.None, Version = version });
            }
            else
            {
                result = grader.Grade(new LabGradingInput
                {
                    Term = term,
                    Version = version,
                    Value = value,
                    Unit = LabUnitParser.Parse(Field("unit")),
                    Lln = lln,
                    Uln = uln,
                    BaselineValue = baseline,
                    BaselineStatus = status,
                    Symptomatic = symptomatic,
                    InterventionIndicated = intervention,
                    OnAnticoagulation = anticoagulated,
                    IsBaselineRecord = isBaseline,
                });
            }

            foreach (var f in record)
            {
                writer.WriteField(f);
            }

            if (result.GradeValue is { } g)
            {
                graded++;
                writer.WriteField(g.ToString(CultureInfo.InvariantCulture));
                writer.WriteField(result.Flags == LabGradingFlags.None ? string.Empty : WireName.Of(result.Flags).Replace(", ", ";", StringComparison.Ordinal));
            }
            else
            {
                notGradable++;
                writer.WriteField(string.Empty);
                writer.WriteField(WireName.Of(result.Reason));
            }

            writer.NextRecord();
        }

        writer.Flush();
        return new LabGradingCsvSummary(rows, graded, notGradable);
    }
}
