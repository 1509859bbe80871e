using MscDomain.Disability;
using MscDomain.Tabular;
using MscDomain.Tabular.Edss;
using NodaTime;

namespace MscDomain.Tests.Tabular.Edss;

public sealed class EdssFsCsvTest
{
    private const string Header = "id,date,pyramidal,cerebellar,brainstem,sensory,bowel_bladder,visual,cerebral,ambulation";

    private static EdssFsTable Read(string text) => EdssFsCsv.Read(new StringReader(text), "fs.csv");

    private static TabularInputException Error(string text) =>
        FluentActions.Invoking(() => Read(text)).Should().Throw<TabularInputException>().Which;

    [Fact]
    public void Rows_are_parsed_and_written_back_with_edss_and_rule_appended()
    {
        var table = Read("site," + Header + "\nA,p1,2024-01-02,3,2,0,0,0,0,0,0\nB,p2,2024-02-03,0,0,0,0,0,0,0,4\n");
        table.Records.Should().HaveCount(2);
        table.Records[0].Id.Should().Be("p1");
        table.Records[0].Date.Should().Be(new LocalDate(2024, 1, 2));
        table.Records[0].Line.Should().Be(2);

        var w = new StringWriter();
        var results = EdssFsCsv.Write(w, table);
        results.Select(r => r.Edss.Value).Should().Equal(3.5m, 5.5m);
        w.ToString().Should().Be(
            "site," + Header + ",edss,edss_rule\n" +
            "A,p1,2024-01-02,3,2,0,0,0,0,0,0,3.5,fs:OneGrade3WithOneOrTwoGrade2=3.5\n" +
            "B,p2,2024-02-03,0,0,0,0,0,0,0,4,5.5,ambulation:4=5.5\n");
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_X_flags_are_kept()
    {
        var table = Read("ambulation,cerebral,visual,bowel_bladder,sensory,brainstem,cerebellar,pyramidal,date,id\n0,0,0,0,0,0,2X,3,2024-01-02,p1\n");
        table.Records[0].Scores.Cerebellar.IsScoringLimited.Should().BeTrue();
        EdssCalculator.Compute(table.Records[0].Scores, table.Records[0].Ambulation).Value.Should().Be(3.5m);
    }

    [Fact]
    public void Decision_point_options_reach_the_calculator()
    {
        var table = Read(Header + "\np1,2024-01-02,4,2,0,0,0,0,0,0\n");
        EdssFsCsv.Write(new StringWriter(), table, EdssFromFsOptions.RCalculator)[0].Edss.Value.Should().Be(4.0m);
        EdssFsCsv.Write(new StringWriter(), table)[0].Edss.Value.Should().Be(4.5m);
    }

    [Fact]
    public void A_grade_out_of_range_names_file_line_column_value_and_range()
    {
        var e = Error(Header + "\np1,2024-01-02,0,0,0,0,0,0,0,0\np2,2024-01-02,0,0,0,0,0,7,0,0\n");
        e.File.Should().Be("fs.csv");
        e.Line.Should().Be(3);
        e.Column.Should().Be("visual");
        e.Code.Should().Be("MSC0203");
        e.Message.Should().Be("fs.csv:3:25 [visual]: error MSC0203: '7': is out of range; the Visual grade is 0 to 6 (Kurtzke 1983 / Neurostatus), optionally followed by X.");
    }

    [Fact]
    public void Text_where_a_grade_belongs_is_an_error()
    {
        var e = Error(Header + "\np1,2024-01-02,two,0,0,0,0,0,0,0\n");
        e.Column.Should().Be("pyramidal");
        e.Code.Should().Be("MSC0202");
        e.Message.Should().Contain("'two': is not a whole-number grade");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.0")]
    [InlineData("1 1")]
    [InlineData("")]
    public void Negative_padded_decimal_and_empty_grades_are_errors(string value) =>
        Error(Header + $"\np1,2024-01-02,0,\"{value}\",0,0,0,0,0,0\n").Column.Should().Be("cerebellar");

    [Fact]
    public void Blanks_around_a_grade_are_trimmed_as_in_every_reader() =>
        Read(Header + "\np1,2024-01-02,0,\" 1\",0,0,0,0,0,0\n").Records[0].Scores.Cerebellar.Grade.Should().Be(1);

    [Fact]
    public void Cerebellar_6_is_out_of_range_but_pyramidal_6_is_not()
    {
        Error(Header + "\np1,2024-01-02,0,6,0,0,0,0,0,0\n").Message.Should().Contain("Cerebellar grade is 0 to 5");
        Read(Header + "\np1,2024-01-02,6,0,0,0,0,0,0,0\n").Records[0].Scores.Pyramidal.Grade.Should().Be(6);
    }

    [Fact]
    public void Ambulation_above_16_and_text_are_errors()
    {
        Error(Header + "\np1,2024-01-02,0,0,0,0,0,0,0,17\n").Message.Should().Contain("'17': is outside 0 to 16, the Neurostatus ambulation score");
        Error(Header + "\np1,2024-01-02,0,0,0,0,0,0,0,x\n").Column.Should().Be("ambulation");
    }

    [Fact]
    public void Bad_date_empty_id_and_ragged_rows_are_errors()
    {
        Error(Header + "\np1,02/01/2024,0,0,0,0,0,0,0,0\n").Column.Should().Be("date");
        Error(Header + "\n,2024-01-02,0,0,0,0,0,0,0,0\n").Column.Should().Be("id");
        Error(Header + "\np1,2024-01-02,0,0,0,0,0,0,0\n").Code.Should().Be("MSC0104");
    }

    [Fact]
    public void Missing_duplicate_and_clashing_columns_are_errors()
    {
        Error("id,date\np1,2024-01-02\n").Message.Should().Contain("'pyramidal'");
        Error(Header + ",visual\n").Column.Should().Be("visual");
        Error(Header + ",edss\n").Column.Should().Be("edss");
        Error(string.Empty).Code.Should().Be("MSC0106");
    }

    [Fact]
    public void Quoted_fields_with_commas_pass_through()
    {
        var table = Read("note," + Header + "\n\"a, b\",p1,2024-01-02,0,0,0,0,0,0,0,0\n");
        var w = new StringWriter();
        EdssFsCsv.Write(w, table);
        w.ToString().Should().Contain("\"a, b\",p1,");
    }
}
