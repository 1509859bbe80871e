using FluentAssertions;
using MscDomain.Tabular.Timelines;
using Xunit;

namespace MscDomain.Tests.Tabular.Timelines;

public sealed class TimelinesCsvRowWriterTest : IDisposable
{
    private readonly TimelineCsvFixtures _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void Writes_header_then_rows_quoting_only_fields_that_need_it_and_nulls_as_empty()
    {
        var w = new StringWriter();

        CsvRowWriter.Write(w, ["id", "note", "value"], [["A", "plain", "1.5"], ["B", "a, \"b\"", null]]);

        w.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Should().Be("id,note,value\nA,plain,1.5\nB,\"a, \"\"b\"\"\",\n");
    }

    [Fact]
    public void Row_with_the_wrong_field_count_is_an_error_and_leaves_no_file()
    {
        var path = Path.Combine(_f.Dir, "out.csv");

        var act = () => CsvRowWriter.WriteFile(path, ["a", "b"], [["1", "2"], ["3"]]);

        act.Should().Throw<ArgumentException>().WithMessage("*row 2 has 1 fields; the header has 2*");
        Directory.GetFiles(_f.Dir).Should().BeEmpty();
    }
}
