using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FluentAssertions;
using FsCheck.Xunit;
using MscDomain.Interactive;
using Xunit;

namespace MscDomain.Tests.Interactive;

public sealed class HtmlTableTest
{
    internal static int Count(string html, string tag) => Regex.Matches(html, $"<{tag}>").Count;

    [Fact]
    public void Cells_headers_and_caption_are_html_escaped()
    {
        var html = new HtmlTable("<b>id</b>", "term") { Caption = "A & B" }
            .AddRow("<script>alert('x')</script>", "\"quoted\" & <i>")
            .ToHtml();

        html.Should().NotContain("<script>").And.NotContain("<b>").And.NotContain("<i>");
        html.Should().Contain("<th>&lt;b&gt;id&lt;/b&gt;</th>");
        html.Should().Contain("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>");
        html.Should().Contain("<td>&quot;quoted&quot; &amp; &lt;i&gt;</td>");
        html.Should().Contain("<caption>A &amp; B</caption>");
    }

    [Fact]
    public void One_header_cell_per_column_and_one_body_row_per_added_row()
    {
        var table = new HtmlTable("a", "b", "c").AddRow(1, 2, 3).AddRow(4, 5, 6);
        var html = table.ToHtml();

        table.RowCount.Should().Be(2);
        Count(html, "th").Should().Be(3);
        Count(html, "tr").Should().Be(3, "one header row and two body rows");
        Count(html, "td").Should().Be(6);
    }

    [Fact]
    public void A_table_without_rows_still_has_its_header()
    {
        var html = new HtmlTable("only").ToHtml();
        html.Should().Be("<table><thead><tr><th>only</th></tr></thead><tbody></tbody></table>");
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_rejected_naming_the_columns()
    {
        var act = () => new HtmlTable("a", "b").AddRow(1);
        act.Should().Throw<ArgumentException>().WithParameterName("cells").WithMessage("*1 cells*2 columns (a, b)*");
    }

    [Fact]
    public void A_table_needs_a_header()
    {
        var act = () => new HtmlTable();
        act.Should().Throw<ArgumentException>().WithParameterName("headers");
    }

    [Fact]
    public void Numbers_use_the_invariant_culture_whatever_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            HtmlTable.Format(1.5m).Should().Be("1.5");
            HtmlTable.Format(0.12345678).Should().Be("0.1235");
            HtmlTable.Format(1234567).Should().Be("1234567");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Null_is_an_empty_cell_and_booleans_read_yes_or_no()
    {
        HtmlTable.Format(null).Should().BeEmpty();
        HtmlTable.Format(true).Should().Be("yes");
        HtmlTable.Format(false).Should().Be("no");
        HtmlTable.Format(double.NaN).Should().Be("NaN");
    }

    [Property]
    public bool Any_cell_text_round_trips_through_escaping(string? text)
    {
        text ??= "";
        var html = new HtmlTable("x").AddRow(text).ToHtml();
        var cell = Regex.Match(html, "<td>(.*)</td>", RegexOptions.Singleline).Groups[1].Value;
        return !cell.Contains('<') && !cell.Contains('>') && WebUtility.HtmlDecode(cell) == text;
    }
}
