using System.Globalization;
using System.Text;
using System.Text.Json;
using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Tests.Disability;

/// <summary>Loads tests/MscDomain.Tests/TestData/msprog (visits, relapses, settings, expected outputs of msprog 1.0.0.9000).</summary>
internal static class MsprogConformanceData
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "msprog");

    private static readonly Lazy<(List<string> Ids, Dictionary<string, List<string[]>> Visits, Dictionary<string, List<LocalDate>> Relapses, string[] Header)> Data = new(Load);

    public static IReadOnlyList<string> Ids => Data.Value.Ids;

    public static IReadOnlyList<DisabilityVisit> Visits(string id, string valueColumn, string? validConfColumn)
    {
        var (_, visits, _, header) = Data.Value;
        var vi = Array.IndexOf(header, valueColumn);
        var ci = validConfColumn is null ? -1 : Array.IndexOf(header, validConfColumn);
        return visits[id].Select(r => new DisabilityVisit(
            LocalDate.FromDateTime(DateTime.ParseExact(r[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)),
            r[vi].Length == 0 ? null : decimal.Parse(r[vi], CultureInfo.InvariantCulture),
            ci < 0 || r[ci] == "TRUE")).ToList();
    }

    public static IReadOnlyList<LocalDate> Relapses(string id) => Data.Value.Relapses.TryGetValue(id, out var r) ? r : [];

    private static (List<string>, Dictionary<string, List<string[]>>, Dictionary<string, List<LocalDate>>, string[]) Load()
    {
        var lines = ReadCsv(Path.Combine(Dir, "visits.csv"));
        var header = lines[0];
        var ids = new List<string>();
        var visits = new Dictionary<string, List<string[]>>();
        foreach (var row in lines.Skip(1))
        {
            if (!visits.TryGetValue(row[0], out var list))
            {
                visits[row[0]] = list = [];
                ids.Add(row[0]);
            }

            list.Add(row);
        }

        var relapses = new Dictionary<string, List<LocalDate>>();
        foreach (var row in ReadCsv(Path.Combine(Dir, "relapses.csv")).Skip(1))
        {
            if (!relapses.TryGetValue(row[0], out var list))
            {
                relapses[row[0]] = list = [];
            }

            list.Add(LocalDate.FromDateTime(DateTime.ParseExact(row[1], "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        return (ids, visits, relapses, header);
    }

    /// <summary>Quote-aware CSV reader; quoted and unquoted empty cells both read as "".</summary>
    public static List<string[]> ReadCsv(string path)
    {
        var rows = new List<string[]>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cells = new List<string>();
            var sb = new StringBuilder();
            var inQuotes = false;
            for (var i = 0; i < line.Length; i++)
            {
                var ch = line[i];
                if (inQuotes)
                {
                    if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        sb.Append('"');
                        i++;
                    }
                    else if (ch == '"')
                    {
                        inQuotes = false;
                    }
                    else
                    {
                        sb.Append(ch);
                    }
                }
                else if (ch == '"')
                {
                    inQuotes = true;
                }
                else if (ch == ',')
                {
                    cells.Add(sb.ToString());
                    sb.Clear();
                }
                else
                {
                    sb.Append(ch);
                }
            }

            cells.Add(sb.ToString());
            rows.Add([.. cells]);
        }

        return rows;
    }

    public sealed record Run(string Name, string ValueColumn, string? ValidConfColumn, Dictionary<string, string> Arguments, decimal? Milestone);

    public static IReadOnlyList<Run> Runs(string section)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "settings.json")));
        var runs = new List<Run>();
        foreach (var run in doc.RootElement.GetProperty(section).EnumerateObject())
        {
            string valueCol = "EDSS";
            string? validConf = null;
            decimal? milestone = null;
            var args = new Dictionary<string, string>();
            foreach (var p in run.Value.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "value_col":
                        valueCol = p.Value.GetString()!;
                        break;
                    case "validconf_col":
                        validConf = p.Value.GetString();
                        break;
                    case "milestone":
                        milestone = p.Value.GetDecimal();
                        break;
                    case "relapse_indep":
                        var o = p.Value;
                        args["relapse_indep"] = string.Join(",", new[] { "p0", "p1", "e0", "e1", "c0", "c1" }.Select(k => Scalar(o.GetProperty(k))));
                        args["relapse_indep_prec"] = o.GetProperty("prec_type").GetString()!;
                        break;
                    default:
                        args[p.Name] = p.Value.ValueKind == JsonValueKind.Array
                            ? string.Join(",", p.Value.EnumerateArray().Select(Scalar))
                            : Scalar(p.Value);
                        break;
                }
            }

            runs.Add(new Run(run.Name, valueCol, validConf, args, milestone));
        }

        return runs;
    }

    private static string Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.True => "TRUE",
        JsonValueKind.False => "FALSE",
        JsonValueKind.String => e.GetString()!,
        _ => e.GetRawText(),
    };
}
