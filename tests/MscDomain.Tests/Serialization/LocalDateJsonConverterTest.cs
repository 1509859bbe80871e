using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MscDomain.Serialization;
using NodaTime;

namespace MscDomain.Tests.Serialization;

public sealed class LocalDateJsonConverterTest
{
    private static readonly JsonSerializerOptions Options = MscDomainJsonContext.Default.Options;

    [Theory]
    [InlineData("\"2024-02-29\"", 2024, 2, 29)]
    [InlineData("\"0001-01-01\"", 1, 1, 1)]
    [InlineData("\"9999-12-31\"", 9999, 12, 31)]
    [InlineData("\"2024\\u002D03-01\"", 2024, 3, 1)]
    public void Reads_iso_dates_including_escaped_text(string json, int year, int month, int day) =>
        JsonSerializer.Deserialize<LocalDate>(json, Options).Should().Be(new LocalDate(year, month, day));

    [Theory]
    [InlineData("\"2023-02-29\"")]
    [InlineData("\"2024-04-31\"")]
    [InlineData("\"2024-13-01\"")]
    [InlineData("\"2024-00-10\"")]
    [InlineData("\"2024-3-1\"")]
    [InlineData("\"2024/03/01\"")]
    [InlineData("\"20240301\"")]
    [InlineData("\"2024-03-01T00:00\"")]
    [InlineData("\" 2024-03-01\"")]
    [InlineData("20240301")]
    public void Rejects_non_iso_or_impossible_dates(string json)
    {
        var act = () => JsonSerializer.Deserialize<LocalDate>(json, Options);
        act.Should().Throw<JsonException>().WithMessage("*LocalDate*");
    }

    [Fact]
    public void Writes_four_digit_year_and_zero_padded_month_and_day() =>
        JsonSerializer.Serialize(new LocalDate(7, 3, 9), Options).Should().Be("\"0007-03-09\"");

    [FsCheck.Xunit.Property]
    public Property Fast_path_matches_the_nodatime_iso_pattern() =>
        Prop.ForAll(
            Gen.Choose(1, 3_652_058).Select(d => new LocalDate(1, 1, 1).PlusDays(d)).ToArbitrary(),
            date =>
            {
                var json = JsonSerializer.Serialize(date, Options);
                return json == $"\"{NodaTime.Text.LocalDatePattern.Iso.Format(date)}\""
                    && JsonSerializer.Deserialize<LocalDate>(json, Options) == date;
            });
}
