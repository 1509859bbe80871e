using System.Globalization;

namespace MscDomain.Analysis;

/// <summary>Student's t distribution: two-sided tail probabilities and quantiles, for t-based tests and intervals.</summary>
/// <remarks>
/// P(|T| ≥ t) = I_{ν/(ν+t²)}(ν/2, 1/2), the regularized incomplete beta function (Abramowitz &amp; Stegun 1964, 26.7.1;
/// Press et al., <i>Numerical Recipes</i>, 3rd ed., §6.14); quantiles by safeguarded Newton iteration on that tail
/// to a relative 1e-14. Used by the Knapp-Hartung test of <see cref="MetaAnalysis"/>.
/// </remarks>
internal static class StudentTDistribution
{
    /// <summary>The two-sided tail probability P(|T| ≥ |<paramref name="t"/>|) with <paramref name="degreesOfFreedom"/> degrees of freedom.</summary>
    /// <param name="t">The statistic (finite).</param>
    /// <param name="degreesOfFreedom">Degrees of freedom (&gt; 0).</param>
    /// <returns>The two-sided p-value in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">The statistic is not finite or the degrees of freedom are not positive.</exception>
    public static double TwoSidedTail(double t, double degreesOfFreedom)
    {
        if (!double.IsFinite(t))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "A t statistic must be finite.");
        }

        CheckDf(degreesOfFreedom);
        return Math.Clamp(SpecialFunctions.RegularizedBeta(degreesOfFreedom / (degreesOfFreedom + (t * t)), degreesOfFreedom / 2, 0.5), 0.0, 1.0);
    }

    /// <summary>The distribution function P(T ≤ <paramref name="t"/>).</summary>
    /// <param name="t">The value (finite).</param>
    /// <param name="degreesOfFreedom">Degrees of freedom (&gt; 0).</param>
    /// <returns>The probability in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not finite or the degrees of freedom are not positive.</exception>
    public static double Cdf(double t, double degreesOfFreedom)
    {
        var half = TwoSidedTail(t, degreesOfFreedom) / 2;
        return t >= 0 ? 1 - half : half;
    }

    /// <summary>The quantile t with P(T ≤ t) = <paramref name="probability"/>.</summary>
    /// <param name="probability">Strictly between 0 and 1.</param>
    /// <param name="degreesOfFreedom">Degrees of freedom (&gt; 0).</param>
    /// <returns>The quantile.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The probability is not strictly between 0 and 1, or the degrees of freedom are not positive.</exception>
    public static double Quantile(double probability, double degreesOfFreedom)
    {
        if (!(probability > 0 && probability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability,
                $"A probability must be strictly between 0 and 1; {probability.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        CheckDf(degreesOfFreedom);
        if (probability == 0.5)
        {
            return 0.0;
        }

        // Solve for the upper tail q = P(T ≥ x) with x > 0, then apply the sign.
        var upper = probability > 0.5 ? 1 - probability : probability;
        var sign = probability > 0.5 ? 1.0 : -1.0;
        var target = 2 * upper; // two-sided tail at x

        // Bracket: tail decreases in x.
        double lo = 0, hi = 1;
        while (TwoSidedTail(hi, degreesOfFreedom) > target)
        {
            lo = hi;
            hi *= 2;
            if (hi > 1e300)
            {
                break;
            }
        }

        var x = Math.Max(lo, Math.Min(hi, Math.Abs(StandardNormal.Quantile(upper))));
        for (var i = 0; i < 500; i++)
        {
            var f = TwoSidedTail(x, degreesOfFreedom) - target;
            if (f > 0)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }

            // d/dx two-sided tail = −2 · density(x).
            var density = Math.Exp(SpecialFunctions.LogGamma((degreesOfFreedom + 1) / 2) - SpecialFunctions.LogGamma(degreesOfFreedom / 2)
                - (0.5 * Math.Log(degreesOfFreedom * Math.PI)) - ((degreesOfFreedom + 1) / 2 * Math.Log(1 + (x * x / degreesOfFreedom))));
            var next = x + (f / (2 * density));
            if (!(next > lo && next < hi))
            {
                next = (lo + hi) / 2;
            }

            if (Math.Abs(next - x) <= 1e-15 * Math.Max(1, Math.Abs(x)) || hi - lo <= 1e-15 * Math.Max(1, hi))
            {
                x = next;
                break;
            }

            x = next;
        }

        return sign * x;
    }

    private static void CheckDf(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 0) || double.IsPositiveInfinity(degreesOfFreedom))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom,
                $"Degrees of freedom must be a finite number > 0; {degreesOfFreedom.ToString(CultureInfo.InvariantCulture)} is not.");
        }
    }
}
