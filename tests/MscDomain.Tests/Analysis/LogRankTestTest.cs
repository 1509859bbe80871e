using FsCheck.Xunit;
using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

public sealed class LogRankTestTest
{
    [Fact]
    public void Freireich_matches_R_survdiff()
    {
        // Published: R survival, survdiff(Surv(time, cens) ~ treat, data = MASS::gehan):
        //   6-MP  N=21 Observed=9  Expected=19.25 (O-E)^2/E=5.46
        //   control N=21 Observed=21 Expected=10.75 (O-E)^2/E=9.77
        //   Chisq = 16.8 on 1 degrees of freedom, p = 4e-05 (4.17e-05 unrounded).
        // Re-checked by an independent script: E = 19.2505, V = 6.25696, chi2 = 16.7929.
        var result = LogRankTest.Compare(Freireich.Both);
        result.Groups.Select(g => (g.Group, g.Subjects, g.Observed)).Should().Equal(("6-MP", 21, 9), ("placebo", 21, 21));
        result.Groups[0].Expected.Should().BeApproximately(19.2505, 0.0001);
        result.Groups[1].Expected.Should().BeApproximately(10.7495, 0.0001);
        result.Groups[0].ObservedMinusExpectedSquaredOverExpected.Should().BeApproximately(5.46, 0.005);
        result.Groups[1].ObservedMinusExpectedSquaredOverExpected.Should().BeApproximately(9.77, 0.005);
        result.ChiSquare.Should().BeApproximately(16.793, 0.001);
        result.DegreesOfFreedom.Should().Be(1);
        result.PValue.Should().BeApproximately(4.17e-5, 0.005e-5);
    }

    [Fact]
    public void Group_order_does_not_change_the_statistic()
    {
        var reversed = LogRankTest.Compare([.. Freireich.Placebo, .. Freireich.SixMp]);
        reversed.ChiSquare.Should().BeApproximately(16.793, 0.001);
        reversed.Groups[0].Group.Should().Be("placebo");
    }

    [Fact]
    public void Identical_groups_give_chi_square_zero_and_p_one()
    {
        var a = Freireich.SixMp.Select(r => r with { Group = "A" });
        var b = Freireich.SixMp.Select(r => r with { Group = "B", Id = r.Id + "b" });
        var result = LogRankTest.Compare([.. a, .. b]);
        result.ChiSquare.Should().BeApproximately(0, 1e-12);
        result.PValue.Should().BeApproximately(1, 1e-9);
    }

    [Fact]
    public void Three_groups_have_two_degrees_of_freedom()
    {
        // Hand-computed: A events at 1,2; B events at 3,4; C censored at 5,5. Event times 1..4, each d=1.
        //  t=1: n=(2,2,2) t=2: (1,2,2) t=3: (0,2,2) t=4: (0,1,2).
        //  E_A = 2/6 + 1/5 = 8/15; E_B = 2/6 + 2/5 + 2/4 + 1/3 = 47/30; with d=1 the variance is p(δ−p) summed.
        //  V_AA = (1/3)(2/3) + (1/5)(4/5) = 2/9 + 4/25; V_BB = (1/3)(2/3)+(2/5)(3/5)+(1/2)(1/2)+(1/3)(2/3);
        //  V_AB = −(1/3)(1/3) − (1/5)(2/5). Statistic = uᵀV⁻¹u with u = (2 − 8/15, 2 − 47/30).
        SurvivalObservation[] rows =
        [
            new("a1", "A", 1, true), new("a2", "A", 2, true), new("b1", "B", 3, true), new("b2", "B", 4, true),
            new("c1", "C", 5, false), new("c2", "C", 5, false),
        ];
        double vaa = (2.0 / 9) + (4.0 / 25), vbb = (2.0 / 9) + (6.0 / 25) + 0.25 + (2.0 / 9), vab = (-1.0 / 9) - (2.0 / 25);
        double ua = 2 - (8.0 / 15), ub = 2 - (47.0 / 30);
        var det = (vaa * vbb) - (vab * vab);
        var expected = ((ua * ua * vbb) - (2 * ua * ub * vab) + (ub * ub * vaa)) / det;

        var result = LogRankTest.Compare(rows);
        result.DegreesOfFreedom.Should().Be(2);
        result.ChiSquare.Should().BeApproximately(expected, 1e-10);
        result.PValue.Should().BeApproximately(Math.Exp(-expected / 2), 1e-10); // chi2(2) tail = exp(-x/2)
    }

    [Fact]
    public void One_group_is_rejected()
    {
        FluentActions.Invoking(() => LogRankTest.Compare(Freireich.SixMp)).Should().Throw<ArgumentException>().WithMessage("*'6-MP'*at least two groups*");
    }

    [Fact]
    public void No_events_is_rejected_as_no_information()
    {
        SurvivalObservation[] rows = [new("a", "A", 1, false), new("b", "B", 2, false)];
        FluentActions.Invoking(() => LogRankTest.Compare(rows)).Should().Throw<ArgumentException>().WithMessage("*no information*");
    }

    [Fact]
    public void Invalid_row_is_named()
    {
        SurvivalObservation[] rows = [new("a", "A", 1, true), new("b", "B", -1, true)];
        FluentActions.Invoking(() => LogRankTest.Compare(rows)).Should().Throw<ArgumentException>().WithMessage("observations[1] (id 'b')*negative*");
    }

    [Property]
    public bool Total_expected_equals_total_observed_and_p_is_a_probability(byte[] times, bool[] events, byte[] arms)
    {
        var n = Math.Min(times.Length, Math.Min(events.Length, arms.Length));
        var rows = Enumerable.Range(0, n).Select(i => new SurvivalObservation($"p{i}", "G" + (arms[i] % 3), times[i] % 30, events[i])).ToArray();
        if (rows.Select(r => r.Group).Distinct().Count() < 2)
        {
            return true;
        }

        LogRankResult result;
        try
        {
            result = LogRankTest.Compare(rows);
        }
        catch (ArgumentException e) when (e.Message.Contains("no information", StringComparison.Ordinal))
        {
            return true;
        }

        return Math.Abs(result.Groups.Sum(g => g.Observed) - result.Groups.Sum(g => g.Expected)) < 1e-9
            && result.PValue is >= 0 and <= 1
            && result.ChiSquare >= -1e-12
            && result.DegreesOfFreedom is >= 1 and <= 2;
    }
}
