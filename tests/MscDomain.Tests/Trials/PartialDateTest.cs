using FsCheck;
using FsCheck.Fluent;
using MscDomain.Trials;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Tests.Trials;

public sealed class PartialDateTest
{
    [Theory]
    [InlineData("2019", 2019, null, null)]
    [InlineData("2019-03", 2019, 3, null)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Valid_texts_parse(string text, int year, int? month, int? day)
    {
        PartialDate.TryParse(text, out var d).Should().BeTrue();
        d.Should().Be(new PartialDate(year, month, day));
        d.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2019-13")]
    [InlineData("2019-00")]
    [InlineData("19")]
    [InlineData("2019-3")]
    [InlineData("2019/03")]
    [InlineData("")]
    public void Invalid_texts_do_not_parse(string text) => PartialDate.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Day_needs_a_month() =>
        FluentActions.Invoking(() => new PartialDate(2019, null, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("day");

    [Fact]
    public void Earliest_and_latest_span_the_precision()
    {
        new PartialDate(2019).Earliest.Should().Be(new LocalDate(2019, 1, 1));
        new PartialDate(2019).Latest.Should().Be(new LocalDate(2019, 12, 31));
        new PartialDate(2024, 2).Latest.Should().Be(new LocalDate(2024, 2, 29));
        new PartialDate(2023, 2).Latest.Should().Be(new LocalDate(2023, 2, 28));
    }

    [Fact]
    public void Format_then_parse_is_identity_for_every_real_date() =>
        Prop.ForAll(Gen.Choose(1, 3_000_000).ToArbitrary(), offset =>
        {
            var date = new LocalDate(1, 1, 1).PlusDays(offset);
            var p = PartialDate.FromLocalDate(date);
            return PartialDate.TryParse(p.ToString(), out var back) && back == p && back.Earliest == date && back.Latest == date;
        }).QuickCheckThrowOnFailure();
}
