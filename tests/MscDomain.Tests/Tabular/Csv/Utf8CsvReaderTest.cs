using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MscDomain.Common;
using MscDomain.Tabular;
using MscDomain.Tabular.Csv;
using MscDomain.Tabular.Labs;

namespace MscDomain.Tests.Tabular.Csv;

/// <summary>The CSV tokeniser against Python's csv module (TestData/csv), a writer→reader round trip, and its edge cases.</summary>
public sealed class Utf8CsvReaderTest
{
    private static List<string[]> Records(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8CsvReader(bytes, 0, bytes.Length);
        var records = new List<string[]>();
        while (reader.Read())
        {
            if (reader.IsBlank)
            {
                records.Add([]);
                continue;
            }

            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return records;
    }

    public static TheoryData<int> ReferenceCases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Reference.Value.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    private static readonly Lazy<(string Text, string[][] Records)[]> Reference = new(() =>
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "csv", "csv-reference.json")));
        return [.. doc.RootElement.EnumerateArray().Select(e => (
            e.GetProperty("text").GetString()!,
            e.GetProperty("records").EnumerateArray().Select(r => r.EnumerateArray().Select(f => f.GetString()!).ToArray()).ToArray()))];
    });

    [Theory]
    [MemberData(nameof(ReferenceCases))]
    public void Splits_records_as_Pythons_csv_module_does(int index)
    {
        var (text, expected) = Reference.Value[index];
        Records(text).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), "text: " + JsonSerializer.Serialize(text));
    }

    [Property(MaxTest = 300)]
    public bool Writer_then_reader_round_trips_every_table(NonEmptyArray<NonEmptyArray<string>> table, bool lfOnly)
    {
        var rows = table.Get.Select(r => r.Get.Select(f => (f ?? string.Empty).Replace("\0", string.Empty, StringComparison.Ordinal)).ToArray())
            .Where(r => !(r.Length == 1 && r[0].Length == 0)) // a lone empty field is a blank line, skipped by design
            .Select(r => r.Select(f => lfOnly ? f.Replace("\r", string.Empty, StringComparison.Ordinal) : f).ToArray()) // "\n" mode quotes LF only (CsvHelper's rule)
            .Select(r => r.Select(f => new string([.. f.Where(c => !char.IsSurrogate(c))])).ToArray())
            .ToList();
        var sw = new StringWriter();
        var w = new CsvFieldWriter(sw, lfOnly);
        foreach (var r in rows)
        {
            foreach (var f in r)
            {
                w.WriteField(f);
            }

            w.NextRecord();
        }

        var back = Records(sw.ToString()).Where(r => r.Length > 0).ToList();
        var expected = rows.Where(r => !(r.Length == 1 && r[0].Length == 0)).ToList();
        return back.Count == expected.Count && back.Zip(expected).All(p => p.First.SequenceEqual(p.Second));
    }

    [Theory]
    [InlineData("a,b\r\n1,2\r\n")]
    [InlineData("a,b\n1,2\n")]
    [InlineData("a,b\r1,2\r")]
    [InlineData("a,b\n1,2")]
    public void Every_line_ending_and_a_missing_final_one_give_the_same_records(string text) =>
        Records(text).Should().BeEquivalentTo(new[] { new[] { "a", "b" }, ["1", "2"] }, o => o.WithStrictOrdering());

    [Fact]
    public void Quoted_fields_keep_commas_line_breaks_spaces_and_doubled_quotes() =>
        Records("\"a,1\",\" b \",\"x\r\ny\",\"say \"\"hi\"\"\",\"\"\n").Single()
            .Should().Equal("a,1", " b ", "x\r\ny", "say \"hi\"", string.Empty);

    [Fact]
    public void Lines_and_columns_count_physical_lines_after_an_embedded_line_break()
    {
        var bytes = Encoding.UTF8.GetBytes("id,note\nA,\"two\nlines\"\néé,z\n");
        var r = new Utf8CsvReader(bytes, 0, bytes.Length);
        r.Read().Should().BeTrue();
        r.Read().Should().BeTrue();
        (r.RecordLine, r.LineOf(1), r.ColumnOf(1)).Should().Be((2, 2, 3));
        r.Read().Should().BeTrue();
        (r.RecordLine, r.ColumnOf(1)).Should().Be((4, 4), "the record after a two-line field starts on line 4; 'é' is one UTF-16 character, so z is in column 4");
        r.Read().Should().BeFalse();
    }

    [Theory]
    [InlineData("a,b\n1,\"open\n2,3\n", 2, 3)] // never closed: the opening quote
    [InlineData("a,b\n1,x\"y\n", 2, 4)] // a quote inside an unquoted field
    [InlineData("a,b\n1,\"x\"y\n", 2, 6)] // text after the closing quote
    [InlineData("a,b\n\"é\"z,1\n", 2, 4)] // columns in characters, not bytes
    public void Malformed_quotes_are_errors_with_line_and_column(string text, int line, int column)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var r = new Utf8CsvReader(bytes, 0, bytes.Length);
        var act = () =>
        {
            while (r.Read())
            {
            }
        };
        act.Should().Throw<CsvFormatException>().Which.Should().Match<CsvFormatException>(e => e.Line == line && e.Column == column);
    }

    [Fact]
    public void A_correct_quote_at_the_end_of_the_text_is_not_an_error() =>
        Records("a,\"b\"").Single().Should().Equal("a", "b");

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bom-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, [.. "\uFEFF"u8, .. "id,x\nA,1\n"u8]);
        try
        {
            var rows = CsvRows.OpenFile(path);
            rows.Header.Names.Should().Equal("id", "x");
            rows.Rows().Single().Cells.Should().Equal("A", "1");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_malformed_file_is_MSC0107_with_file_line_and_column()
    {
        var act = () => LabGradingCsv.Grade(new StringReader(string.Join(',', LabGradingCsv.RequiredColumns) + "\nHypokalemia,,\"3.2\n"), new StringWriter(), "l.csv");
        var issue = act.Should().Throw<TabularInputException>().Which.Issues.Single();
        issue.Code.Should().Be(DataIssueCodes.MalformedCsv);
        issue.Location.ToString().Should().Be("l.csv:2:14", "the quote that is never closed opens column 14 of line 2");
    }

    [Theory]
    [InlineData("a,b\n1\n", 2)]
    [InlineData("a,b\n1,2\n\n1,2,3\n", 4)]
    public void A_ragged_row_is_MSC_ragged_with_its_line(string csv, int line)
    {
        var rows = CsvRows.Open(new StringReader(csv), "r.csv");
        var issues = new List<DataIssue>();
        var record = new MscDomain.Ingest.RawRecord(rows.Header, issues);
        foreach (var row in rows.Rows())
        {
            record.Load(row);
        }

        issues.Should().ContainSingle().Which.Should().Match<DataIssue>(i => i.Code == DataIssueCodes.RaggedRow && i.Location.Line == line);
    }
}
