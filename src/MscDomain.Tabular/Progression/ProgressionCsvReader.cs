using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MscDomain.Disability;
using MscDomain.Outcomes;
using NodaTime;

namespace MscDomain.Tabular.Progression;

/// <summary>Reads long-format visit and relapse CSV files (one row per visit or relapse, msprog's input layout) into
/// per-participant series for <see cref="ConfirmedChangeCohort"/>, applying msprog's data hygiene and reporting it.</summary>
/// <remarks>Hygiene (domain notes §13, msprog): rows with a missing value (empty cell or <c>NA</c>/<c>NaN</c>) are dropped
/// and counted; visits are sorted by date; of several rows of one participant on one date the last row in file order is
/// kept and the others counted. Everything else that cannot be read is an error: a missing column, an unparsable date or
/// number, a value outside the outcome's range (EDSS not a Kurtzke step, SDMT outside 0–110, negative times), a
/// relapse of a participant who has no visit row.</remarks>
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
        using var visits = Open(visitsPath);
        using var relapses = relapsesPath is null ? null : Open(relapsesPath);
        return Read(visits, visitsPath, relapses, relapsesPath, options);
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
        var valueColumn = options.EffectiveValueColumn;
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        var rows = new List<List<Row>>();
        var missing = new List<int>();
        var visitRows = 0;

        using (var parser = new CsvParser(visits, Config))
        {
            var header = ReadHeader(parser, visitsName);
            var idIx = Column(header, visitsName, options.IdColumn, "the participant id column (--id-column)");
            var dateIx = Column(header, visitsName, options.DateColumn, "the visit date column (--date-column)");
            var valueIx = Column(header, visitsName, valueColumn, "the outcome value column (--value-column)");
            var confIx = options.ValidConfirmationColumn is { } vc ? Column(header, visitsName, vc, "the valid-confirmation column (--validconf-col)") : -1;
            var width = header.Length;
            while (parser.Read())
            {
                var line = LineOf(parser);
                var record = parser.Record!;
                if (record.Length == 1 && record[0].Length == 0)
                {
                    continue;
                }

                if (record.Length != width)
                {
                    throw new TabularInputException(visitsName, line, null, $"the row has {record.Length} cells but the header has {width}.");
                }

                visitRows++;
                var id = record[idIx].Trim();
                if (id.Length == 0)
                {
                    throw new TabularInputException(visitsName, line, options.IdColumn, "the participant id is empty.");
                }

                if (!ids.TryGetValue(id, out var p))
                {
                    p = order.Count;
                    ids[id] = p;
                    order.Add(id);
                    rows.Add([]);
                }

                var date = ParseDate(record[dateIx], options.DateFormat, visitsName, line, options.DateColumn);
                var text = record[valueIx].Trim();
                if (IsMissing(text))
                {
                    missing.Add(line);
                    continue;
                }

                var value = ParseValue(text, options, visitsName, line, valueColumn);
                var canConfirm = confIx < 0 || ParseLogical(record[confIx], visitsName, line, options.ValidConfirmationColumn!);
                rows[p].Add(new Row(date, value, canConfirm, line));
            }
        }

        var relapseLists = new List<LocalDate>?[order.Count];
        var relapseRows = 0;
        if (relapses is not null)
        {
            var name = relapsesName ?? "relapses";
            using var parser = new CsvParser(relapses, Config);
            var header = ReadHeader(parser, name);
            var idIx = Column(header, name, options.EffectiveRelapseIdColumn, "the participant id column (--rsubj-col, default --id-column)");
            var dateIx = Column(header, name, options.EffectiveRelapseDateColumn, "the relapse onset column (--relapse-date-column)");
            while (parser.Read())
            {
                var line = LineOf(parser);
                var record = parser.Record!;
                if (record.Length == 1 && record[0].Length == 0)
                {
                    continue;
                }

                if (record.Length != header.Length)
                {
                    throw new TabularInputException(name, line, null, $"the row has {record.Length} cells but the header has {header.Length}.");
                }

                relapseRows++;
                var id = record[idIx].Trim();
                if (!ids.TryGetValue(id, out var p))
                {
                    throw new TabularInputException(name, line, options.EffectiveRelapseIdColumn, $"participant '{id}' has a relapse but no row in the visit file; every relapse must belong to a participant with visits.");
                }

                var onset = ParseDate(record[dateIx], options.DateFormat, name, line, options.EffectiveRelapseDateColumn);
                (relapseLists[p] ??= []).Add(onset);
            }
        }

        var duplicates = new List<int>();
        var participants = new ParticipantDisabilityData[order.Count];
        var kept = 0;
        for (var p = 0; p < order.Count; p++)
        {
            var list = rows[p];
            if (!IsSorted(list))
            {
                // Stable: ties keep file order, so the last row of a day stays last.
                list = [.. list.OrderBy(r => r.Date)];
            }

            var visitsOut = new List<DisabilityVisit>(list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                if (i + 1 < list.Count && list[i + 1].Date == list[i].Date)
                {
                    duplicates.Add(list[i].Line);
                    continue;
                }

                visitsOut.Add(new DisabilityVisit(list[i].Date, list[i].Value, list[i].CanConfirm));
            }

            kept += visitsOut.Count;
            var rel = relapseLists[p];
            rel?.Sort();
            participants[p] = new ParticipantDisabilityData(order[p], visitsOut, (IReadOnlyList<LocalDate>?)rel ?? []);
        }

        duplicates.Sort();
        var summary = new ProgressionReadSummary
        {
            VisitRows = visitRows,
            VisitsKept = kept,
            Participants = order.Count,
            RelapseRows = relapseRows,
            ValueColumn = valueColumn,
            MissingValueLines = missing,
            SameDayDuplicateLines = duplicates,
        };
        return new ProgressionInput(participants, summary);
    }

    private static readonly CsvConfiguration Config = new(CultureInfo.InvariantCulture)
    {
        HasHeaderRecord = true,
        BadDataFound = null,
        IgnoreBlankLines = true,
        TrimOptions = TrimOptions.None,
    };

    private readonly record struct Row(LocalDate Date, decimal Value, bool CanConfirm, int Line);

    private static StreamReader Open(string path)
    {
        try
        {
            return new StreamReader(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, BufferSize = 1 << 16 });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TabularInputException(path, null, null, $"cannot open the file: {e.Message}");
        }
    }

    private static int LineOf(CsvParser parser) => parser.RawRow;

    private static bool IsSorted(List<Row> list)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (list[i].Date < list[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }

    private static string[] ReadHeader(CsvParser parser, string file)
    {
        if (!parser.Read() || parser.Record is not { } header)
        {
            throw new TabularInputException(file, null, null, "the file is empty; a header row is required.");
        }

        return header.Select(Unquote).ToArray();

        static string Unquote(string h)
        {
            // A byte-order mark not removed by the reader (e.g. from a string) hides the opening quote from the parser.
            var t = h.TrimStart('\uFEFF').Trim();
            return t.Length >= 2 && t[0] == '"' && t[^1] == '"' ? t[1..^1] : t;
        }
    }

    private static int Column(string[] header, string file, string name, string role)
    {
        var ix = Array.IndexOf(header, name);
        if (ix < 0)
        {
            throw new TabularInputException(file, 1, name, $"missing column '{name}' ({role}); the header has: {string.Join(", ", header)}.");
        }

        return ix;
    }

    private static bool IsMissing(string text) => text.Length == 0 || text is "NA" or "NaN" or "na" or "N/A";

    private static LocalDate ParseDate(string raw, ProgressionDateFormat format, string file, int line, string column)
    {
        var text = raw.Trim();
        if (format == ProgressionDateFormat.Day)
        {
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                && d == decimal.Truncate(d) && d is >= -1_000_000 and <= 1_000_000)
            {
                return DayNumbers.FromDayNumber((int)d);
            }

            throw new TabularInputException(file, line, column, $"'{text}' is not a whole day number (--date-format day: integer days from any origin, negative allowed).");
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return LocalDate.FromDateOnly(date);
        }

        throw new TabularInputException(file, line, column, $"'{text}' is not an ISO date (yyyy-MM-dd){(text.Length == 0 ? "; dates may not be missing" : string.Empty)}; use --date-format day for day numbers.");
    }

    private static decimal ParseValue(string text, ProgressionCsvOptions options, string file, int line, string column)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var v))
        {
            throw new TabularInputException(file, line, column, $"'{text}' is not a number (use '.' as decimal separator; an empty cell or NA marks a missing value).");
        }

        var rule = options.Outcome switch
        {
            OutcomeKind.Edss when options.EdssValidation == EdssValidation.Strict && !EdssScore.IsValid(v) =>
                $"EDSS {text} is not an EDSS step: 0, 1.0, 1.5, 2.0, …, 9.5, 10 (Kurtzke 1983; 0.5 does not exist).",
            OutcomeKind.Edss when v is < 0 or > 10 => $"EDSS {text} is outside 0–10.",
            OutcomeKind.Sdmt when v is < 0 or > 110 => $"SDMT {text} is outside 0–110 (number of correct substitutions in 90 s).",
            OutcomeKind.T25fw when v <= 0 => $"T25FW {text} s is not a positive time in seconds.",
            OutcomeKind.Nhpt when v <= 0 => $"9HPT (NHPT) {text} s is not a positive time in seconds.",
            _ => null,
        };
        return rule is null ? v : throw new TabularInputException(file, line, column, rule);
    }

    private static bool ParseLogical(string raw, string file, int line, string column) => raw.Trim() switch
    {
        "TRUE" or "True" or "true" or "T" or "1" => true,
        "FALSE" or "False" or "false" or "F" or "0" => false,
        var t => throw new TabularInputException(file, line, column, $"'{t}' is not a logical value (TRUE/FALSE, T/F or 1/0) for the valid-confirmation flag."),
    };
}
