using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using CsvHelper.Configuration;
using MscDomain.Ingest;
using MscDomain.Tabular.Csv;

namespace MscDomain.Benchmarks;

/// <summary>
/// The CSV read and write paths of the tool (issue 9, point 5) on 200,000 lab rows (10 columns, some quoted with commas and
/// doubled quotes): the old CsvHelper 33 path (TextInput's decoded reader into CsvParser with the same configuration,
/// producing <see cref="RawRow"/>s; CsvWriter) is the same-run baseline of the new UTF-8 tokeniser and writer.
/// </summary>
[MemoryDiagnoser]
public class CsvPathBenchmarks
{
    private const int Rows = 200_000;
    private byte[] _bytes = [];
    private string[][] _table = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261205);
        string[] terms = ["Hypokalemia", "Anemia", "\"Platelet count decreased\"", "ALT increased", "\"Creatinine, increased\"", "\"say \"\"hi\"\"\""];
        var sb = new StringBuilder("subject,term,direction,value,unit,lln,uln,baseline_value,baseline_status,ctcae_version\n");
        for (var i = 0; i < Rows; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"S{i:D6},{terms[random.Next(terms.Length)]},,{random.Next(100, 900) / 100m},mmol/L,3.5,5.1,,,v5.0\n");
        }

        _bytes = Encoding.UTF8.GetBytes(sb.ToString());
        var rows = CsvRows.Open(new StringReader(sb.ToString()), "b.csv");
        _table = [.. rows.Rows().Select(r => r.Cells.ToArray())];
    }

    /// <summary>Old: decoded text through CsvHelper's parser, as CsvRows did before.</summary>
    /// <returns>The number of cells.</returns>
    [Benchmark(Baseline = true)]
    public long Read_CsvHelper()
    {
        using var reader = new StreamReader(new MemoryStream(_bytes), new UTF8Encoding(false, true), false, 1 << 16);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.None,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = _ => { },
        });
        long cells = 0;
        while (parser.Read())
        {
            var row = new RawRow(parser.RawRow, parser.Record!, parser.RawRecord);
            cells += row.Cells.Count;
        }

        return cells;
    }

    /// <summary>New: UTF-8 tokeniser to the same <see cref="RawRow"/>s (cells and record text).</summary>
    /// <returns>The number of cells.</returns>
    [Benchmark]
    public long Read_Utf8CsvReader_RawRows()
    {
        long cells = 0;
        var rows = CsvRows.Open(_bytes, "b.csv");
        foreach (var row in rows.Rows())
        {
            cells += row.Cells.Count;
        }

        return cells;
    }

    /// <summary>New: tokenising only (fields as byte spans, no strings).</summary>
    /// <returns>The number of bytes in fields.</returns>
    [Benchmark]
    public long Read_Utf8CsvReader_SpansOnly()
    {
        var reader = new Utf8CsvReader(_bytes, 0, _bytes.Length);
        long bytes = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                bytes += reader.FieldBytes(i).Length;
            }
        }

        return bytes;
    }

    /// <summary>Old: CsvHelper's writer.</summary>
    /// <returns>The characters written.</returns>
    [Benchmark]
    public long Write_CsvHelper()
    {
        var sw = new StringWriter(new StringBuilder(_bytes.Length + 1024));
        using (var csv = new CsvWriter(sw, CultureInfo.InvariantCulture, leaveOpen: true))
        {
            foreach (var row in _table)
            {
                foreach (var f in row)
                {
                    csv.WriteField(f);
                }

                csv.NextRecord();
            }
        }

        return sw.GetStringBuilder().Length;
    }

    /// <summary>New: the minimal writer.</summary>
    /// <returns>The characters written.</returns>
    [Benchmark]
    public long Write_CsvFieldWriter()
    {
        var sw = new StringWriter(new StringBuilder(_bytes.Length + 1024));
        var csv = new CsvFieldWriter(sw);
        foreach (var row in _table)
        {
            foreach (var f in row)
            {
                csv.WriteField(f);
            }

            csv.NextRecord();
        }

        return sw.GetStringBuilder().Length;
    }
}
