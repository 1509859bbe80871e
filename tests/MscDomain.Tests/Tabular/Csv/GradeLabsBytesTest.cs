using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MscDomain.Tabular.Csv;
using MscDomain.Tabular.Labs;

namespace MscDomain.Tests.Tabular.Csv;

/// <summary>
/// grade-labs writes UTF-8 bytes, copying each input record as written when its quoting is already the output's. The
/// output must keep every input value, be quoted exactly as <see cref="CsvFieldWriter"/> (CsvHelper's rule) quotes those
/// values, and be the same text whether it goes to a stream or a text writer.
/// </summary>
public sealed class GradeLabsBytesTest
{
    private static readonly string[] Notes =
        ["", "plain", "a, b", "say \"hi\"", "two\nlines", "cr\rhere", " lead", "trail ", " both ", "é日本", "\"", ",", "x\r\ny"];

    private static string Quote(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A field as some writer might have written it: quoted when it must be, and sometimes when it need not be.</summary>
    private static string AsWritten(string value, Random random) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || random.Next(4) == 0 ? Quote(value) : value;

    private static (string Text, List<string[]> Values) Input(Random random, int rows)
    {
        var header = new[] { "id" }.Concat(LabGradingCsv.RequiredColumns).Append("note").ToArray();
        var values = new List<string[]>();
        var sb = new StringBuilder(string.Join(',', header.Select(h => AsWritten(h, random)))).Append(random.Next(2) == 0 ? "\n" : "\r\n");
        string[] terms = ["Hypokalemia", "Anemia", "Platelet count decreased", "Unknown term", "Hyperkalemia", "potassium"];
        for (var i = 0; i < rows; i++)
        {
            var value = (2 + (random.Next(60) / 10m)).ToString(CultureInfo.InvariantCulture);
            string[] row =
            [
                random.Next(5) == 0 ? " " + i.ToString(CultureInfo.InvariantCulture) : i.ToString(CultureInfo.InvariantCulture),
                terms[random.Next(terms.Length)], string.Empty, value, "mmol/L", "3.5", "5.1",
                random.Next(2) == 0 ? "4.0" : string.Empty, string.Empty, random.Next(2) == 0 ? "v5.0" : "v6.0", Notes[random.Next(Notes.Length)],
            ];
            if (row[1] == "potassium")
            {
                row[2] = random.Next(2) == 0 ? "low" : "high"; // an analyte needs a direction
            }

            values.Add(row);
            sb.Append(string.Join(',', row.Select(v => AsWritten(v, random)))).Append(random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" });
        }

        return (sb.ToString(), values);
    }

    private static List<string[]> Records(byte[] bytes)
    {
        var reader = new Utf8CsvReader(bytes, 0, bytes.Length);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return records;
    }

    [Property(MaxTest = 60)]
    public Property The_output_keeps_every_value_quoted_as_the_field_writer_quotes_it(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var (text, values) = Input(random, random.Next(1, 200));
        var path = Path.Combine(Path.GetTempPath(), $"mscdomain-gradebytes-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        try
        {
            using var stream = new MemoryStream();
            var summary = LabGradingCsv.GradeFile(path, stream);
            var bytes = stream.ToArray();
            var writer = new StringWriter(CultureInfo.InvariantCulture);
            LabGradingCsv.GradeFile(path, writer).Should().Be(summary);

            var records = Records(bytes);
            var canonical = new StringWriter(CultureInfo.InvariantCulture);
            var fields = new CsvFieldWriter(canonical);
            foreach (var r in records)
            {
                foreach (var f in r)
                {
                    fields.WriteField(f);
                }

                fields.NextRecord();
            }

            var problems = new List<string>();
            if (!bytes.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(writer.ToString())))
            {
                problems.Add("stream and text writer outputs differ");
            }

            if (canonical.ToString() != Encoding.UTF8.GetString(bytes))
            {
                problems.Add("output is not quoted as CsvFieldWriter quotes its values");
            }

            if (records.Count != values.Count + 1 || records.Skip(1).Zip(values).Any(p => !p.First.Take(p.Second.Length).SequenceEqual(p.Second) || p.First.Length != p.Second.Length + 2))
            {
                problems.Add("a value was not kept");
            }

            return (problems.Count == 0 && summary.Rows == values.Count).Label(string.Join("; ", problems));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
