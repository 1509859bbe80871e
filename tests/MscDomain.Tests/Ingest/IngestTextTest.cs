using MscDomain.Disability;
using MscDomain.Ingest;
using NodaTime;

namespace MscDomain.Tests.Ingest;

public sealed class IngestTextTest
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("T", true)]
    [InlineData("yes", true)]
    [InlineData("Y", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("F", false)]
    [InlineData("No", false)]
    [InlineData("n", false)]
    [InlineData("0", false)]
    public void One_set_of_boolean_spellings(string text, bool expected)
    {
        IngestText.TryParseBoolean(text, out var b).Should().BeTrue();
        b.Should().Be(expected);
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("2")]
    [InlineData("tru")]
    [InlineData("")]
    public void Other_boolean_spellings_are_rejected(string text) => IngestText.TryParseBoolean(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("NA")]
    [InlineData("NaN")]
    [InlineData("N/A")]
    public void Missing_tokens(string text) => IngestText.IsMissing(text).Should().BeTrue();

    [Theory]
    [InlineData("0")]
    [InlineData("NAN1")]
    [InlineData("none")]
    public void Values_that_are_not_missing(string text) => IngestText.IsMissing(text).Should().BeFalse();

    [Theory]
    [InlineData("1e400")]
    [InlineData("1,5")]
    [InlineData("Infinity")]
    [InlineData("1 000")]
    public void Numbers_outside_decimal_or_in_other_cultures_are_unreadable(string text) => IngestText.TryParseDecimal(text, out _).Should().BeFalse();

    [Fact]
    public void Day_numbers_are_bounded_by_the_calendar_both_sides()
    {
        // Independent: days from 0001-01-01 to 2000-01-01 = 730119; from 2000-01-01 to 9999-12-31 = 2921939 (Python datetime.date).
        IngestText.MinDayNumber.Should().Be(-730119);
        IngestText.MaxDayNumber.Should().Be(2921939);
        IngestText.IsDayNumberInRange(-730119).Should().BeTrue();
        IngestText.IsDayNumberInRange(-730120).Should().BeFalse();
        IngestText.IsDayNumberInRange(2921939).Should().BeTrue();
        IngestText.IsDayNumberInRange(2921940).Should().BeFalse();
        DayNumbers.FromDayNumber(-730119).Should().Be(new LocalDate(1, 1, 1));
        DayNumbers.FromDayNumber(2921939).Should().Be(new LocalDate(9999, 12, 31));
    }

    [Theory]
    [InlineData("2021-02-29")]
    [InlineData("2021-13-01")]
    [InlineData("21-01-01")]
    [InlineData("0000-01-01")]
    [InlineData("10000-01-01")]
    public void Impossible_or_non_ISO_dates_are_rejected(string text) => IngestText.TryParseIsoDate(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-02-29")]
    public void Dates_at_the_calendar_ends_are_accepted(string text) => IngestText.TryParseIsoDate(text, out _).Should().BeTrue();

    [Theory]
    [InlineData("bone-marrow", true)]
    [InlineData(" bone-marrow ", true)]
    [InlineData("bone_marrow", false)]
    [InlineData("BoneMarrow", false)]
    [InlineData("1", false)]
    public void Enums_are_read_by_their_wire_name_as_JSON_spells_them(string text, bool accepted)
    {
        IngestText.TryParseEnum<MscDomain.Cells.TissueSource>(text, out var v).Should().Be(accepted);
        if (accepted)
        {
            v.Should().Be(MscDomain.Cells.TissueSource.BoneMarrow);
            IngestText.FormatEnum(v).Should().Be("bone-marrow");
        }
    }
}
