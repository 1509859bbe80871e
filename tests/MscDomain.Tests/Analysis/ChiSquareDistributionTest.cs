using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

public sealed class ChiSquareDistributionTest
{
    // Critical values from standard chi-square tables (e.g. NIST/SEMATECH e-Handbook §1.3.6.7.4).
    [Theory]
    [InlineData(3.841459, 1, 0.05)]
    [InlineData(6.634897, 1, 0.01)]
    [InlineData(10.827566, 1, 0.001)]
    [InlineData(5.991465, 2, 0.05)]
    [InlineData(7.814728, 3, 0.05)]
    [InlineData(18.307038, 10, 0.05)]
    [InlineData(2.705543, 1, 0.10)]
    [InlineData(124.342, 100, 0.05)]
    public void Table_critical_values_give_their_tail_probability(double x, int df, double p) =>
        ChiSquareDistribution.UpperTail(x, df).Should().BeApproximately(p, p * 1e-4);

    [Fact]
    public void Zero_statistic_has_p_one() => ChiSquareDistribution.UpperTail(0, 3).Should().Be(1.0);

    [Fact]
    public void Two_degrees_of_freedom_is_exponential() =>
        ChiSquareDistribution.UpperTail(7.3, 2).Should().BeApproximately(Math.Exp(-3.65), 1e-14);

    [Fact]
    public void Far_tail_keeps_relative_accuracy()
    {
        // One df: p = erfc(sqrt(x/2)); erfc(5) = 1.5374597944280348e-12 (Abramowitz & Stegun table 7.1 / mpmath).
        ChiSquareDistribution.UpperTail(50, 1).Should().BeApproximately(1.5374597944280348e-12, 1e-22);
    }

    [Theory]
    [InlineData(-0.1, 1)]
    [InlineData(double.NaN, 1)]
    [InlineData(1.0, 0)]
    public void Invalid_arguments_are_rejected(double x, int df) =>
        FluentActions.Invoking(() => ChiSquareDistribution.UpperTail(x, df)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.95, 1.6448536269514722)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.995, 2.5758293035489004)]
    [InlineData(0.01, -2.3263478740408408)]
    public void Normal_quantile_matches_tables(double p, double z) =>
        StandardNormal.Quantile(p).Should().BeApproximately(z, 1e-12);
}
