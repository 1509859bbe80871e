using System.Globalization;
using System.Text;
using MscDomain.Common;
using MscDomain.Tabular;
using MscDomain.Tabular.Csv;
using MscDomain.Tabular.Labs;

namespace MscDomain.Tests.Tabular.Csv;

/// <summary>grade-labs cuts its input into chunks graded in parallel: the output must be the bytes of one serial pass, and the error the first one in file order.</summary>
public sealed class ParallelGradeLabsTest
{
    private static string Input(int rows, string? badRow = null, int badAt = -1)
    {
        var sb = new StringBuilder(string.Join(',', LabGradingCsv.RequiredColumns) + ",note\r\n");
        string[] terms = ["Hypokalemia", "Anemia", "Platelet count decreased", "Unknown term", "Hyperkalemia"];
        for (var i = 0; i < rows; i++)
        {
            if (i == badAt)
            {
                sb.Append(badRow).Append('\n');
                continue;
            }

            var note = (i % 7) switch { 0 => "\"a, b\"", 1 => "\"two\nlines\"", 2 => "\"say \"\"x\"\"\"", 3 => " spaced ", _ => string.Empty };
            sb.Append(CultureInfo.InvariantCulture, $"{terms[i % terms.Length]},,{2 + (i % 50) / 10m},mmol/L,3.5,5.1,,,{(i % 2 == 0 ? "v5.0" : "v6.0")},{note}").Append(i % 3 == 0 ? "\r\n" : "\n");
        }

        return sb.ToString();
    }

    private static (string Text, LabGradingCsvSummary Summary) Grade(string input, int chunkBytes)
    {
        var rows = CsvRows.Open(new StringReader(input), "l.csv");
        var sw = new StringWriter();
        var summary = LabGradingCsv.Grade(rows, sw, null, chunkBytes);
        return (sw.ToString(), summary);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(1000)]
    [InlineData(7919)]
    public void Chunked_parallel_output_is_the_serial_output(int chunkBytes)
    {
        var input = Input(3000);
        var serial = Grade(input, int.MaxValue);
        var parallel = Grade(input, chunkBytes);
        parallel.Text.Should().Be(serial.Text);
        parallel.Summary.Should().Be(serial.Summary);
        serial.Summary.Rows.Should().Be(3000);
    }

    [Theory]
    [InlineData("Hypokalemia,,3.2x,mmol/L,3.5,5.1,,,v5.0,", DataIssueCodes.UnreadableValue)]
    [InlineData("Hypokalemia,,\"3.2,mmol/L,3.5,5.1,,,v5.0,", DataIssueCodes.MalformedCsv)]
    public void The_error_reported_is_the_first_in_file_order_as_in_a_serial_pass(string badRow, string code)
    {
        var input = Input(3000, badRow, 2500);
        var serial = () => Grade(input, int.MaxValue);
        var parallel = () => Grade(input, 500);
        var expected = serial.Should().Throw<TabularInputException>().Which.Issues;
        expected[0].Code.Should().Be(code);
        parallel.Should().Throw<TabularInputException>().Which.Issues.Select(i => i.ToString()).Should().Equal(expected.Select(i => i.ToString()));
    }
}
