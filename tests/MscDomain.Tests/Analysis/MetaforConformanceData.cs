using System.Globalization;
using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

/// <summary>Loads tests/MscDomain.Tests/TestData/metafor (inputs and expected outputs of metafor 3.8-1, made by make-expected.R).</summary>
internal static class MetaforConformanceData
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "TestData", "metafor");

    public static string InputPath(string dataset) => Path.Combine(Dir, "inputs", dataset + ".csv");

    private static readonly Lazy<List<Dictionary<string, string>>> PooledRows = new(() => ReadTable(Path.Combine(Dir, "expected-pooled.csv")));
    private static readonly Lazy<List<Dictionary<string, string>>> StudyRows = new(() => ReadTable(Path.Combine(Dir, "expected-studies.csv")));

    public static IReadOnlyList<Dictionary<string, string>> Pooled => PooledRows.Value;

    public static IEnumerable<Dictionary<string, string>> Studies(string dataset, string measure, string method, string test) =>
        StudyRows.Value.Where(r => r["dataset"] == dataset && r["measure"] == measure && r["method"] == method && r["test"] == test);

    public static List<Dictionary<string, string>> ReadTable(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l =>
        {
            var cells = l.Split(',');
            return header.Select((h, i) => (h, cells[i])).ToDictionary(x => x.h, x => x.Item2);
        }).ToList();
    }

    /// <summary>A dataset's input CSV as MetaStudyInput, mapping escalc column names (independent of the Tabular reader).</summary>
    public static IReadOnlyList<MetaStudyInput> Inputs(string dataset) =>
        ReadTable(InputPath(dataset)).Select(r =>
        {
            double? G(string c) => r.TryGetValue(c, out var s) ? double.Parse(s, CultureInfo.InvariantCulture) : null;
            return new MetaStudyInput(r["study"])
            {
                Ai = G("ai"), Bi = G("bi"), Ci = G("ci"), Di = G("di"), N1i = G("n1i"), N2i = G("n2i"),
                M1i = G("m1i"), Sd1i = G("sd1i"), M2i = G("m2i"), Sd2i = G("sd2i"),
                Xi = G("xi"), Ni = G("ni"), Ti = G("ti"), X1i = G("x1i"), T1i = G("t1i"), X2i = G("x2i"), T2i = G("t2i"),
                Yi = G("yi"), Vi = G("vi"), Sei = G("sei"),
            };
        }).ToList();

    public static double D(string s) => s switch
    {
        "NA" => double.NaN,
        "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(s, CultureInfo.InvariantCulture),
    };
}
