using MscDomain.Outcomes;

namespace MscDomain.Tests.Outcomes;

public sealed class EdssScoreTest
{
    [Theory]
    [InlineData("0")]
    [InlineData("1.0")]
    [InlineData("1.5")]
    [InlineData("9.5")]
    [InlineData("10")]
    public void Valid_steps_are_accepted(string text) =>
        new EdssScore(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture)).Value
            .Should().Be(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("0.5")]
    [InlineData("-1")]
    [InlineData("10.5")]
    [InlineData("3.25")]
    [InlineData("0.99")]
    public void Invalid_steps_are_rejected_naming_the_rule(string text)
    {
        var act = () => new EdssScore(decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture));
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value").WithMessage("*multiple of 0.5*");
    }
}
