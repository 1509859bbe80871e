using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

/// <summary>Expected values from R 4 (<c>qt</c>, <c>pt</c>), printed with 17 digits.</summary>
public sealed class StudentTDistributionTest
{
    [Theory]
    [InlineData(1, 12.7062047361746941)]
    [InlineData(2, 4.3026527297494619)]
    [InlineData(5, 2.5705818356363137)]
    [InlineData(12, 2.1788128296672284)]
    [InlineData(100, 1.9839715185235516)]
    public void Quantile_0_975_matches_R_qt(double df, double expected)
    {
        StudentTDistribution.Quantile(0.975, df).Should().BeApproximately(expected, 1e-12 * expected);
        StudentTDistribution.Quantile(0.025, df).Should().BeApproximately(-expected, 1e-12 * expected);
    }

    [Fact]
    public void Quantile_0_995_with_4_df_matches_R() =>
        StudentTDistribution.Quantile(0.995, 4).Should().BeApproximately(4.6040948713499921, 1e-11);

    [Theory]
    [InlineData(-2.5, 3, 0.087706647008065505)]
    [InlineData(2.5, 3, 0.087706647008065505)]
    [InlineData(-0.3, 1.5, 0.80047219680358483)]
    [InlineData(-40, 7, 1.5902179984850428e-09)]
    public void Two_sided_tail_matches_R_2pt(double t, double df, double expected) =>
        StudentTDistribution.TwoSidedTail(t, df).Should().BeApproximately(expected, 1e-10 * expected);

    [Fact]
    public void Cdf_is_one_half_at_zero_and_monotone()
    {
        StudentTDistribution.Cdf(0, 5).Should().Be(0.5);
        StudentTDistribution.Cdf(1, 5).Should().BeGreaterThan(StudentTDistribution.Cdf(0.5, 5));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Quantile_outside_0_1_is_refused(double p) =>
        FluentActions.Invoking(() => StudentTDistribution.Quantile(p, 3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("probability");

    [Fact]
    public void Non_positive_df_is_refused() =>
        FluentActions.Invoking(() => StudentTDistribution.TwoSidedTail(1, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("degreesOfFreedom");
}
