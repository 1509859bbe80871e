using System.Collections.Immutable;
using System.Globalization;

namespace MscDomain.Analysis;

/// <summary>
/// The Kaplan-Meier estimate of time to first event for one group: its step function, median and
/// counts.
/// </summary>
/// <remarks>
/// S(t) = Π over event times tᵢ ≤ t of (1 − dᵢ/nᵢ) (Kaplan &amp; Meier 1958, <i>J Am Stat Assoc</i>
/// 53:457), with Greenwood's (1926) variance. Before the first step S(t) = 1.
/// </remarks>
/// <param name="Group">The group (arm) name.</param>
/// <param name="Subjects">Number of subjects in the group.</param>
/// <param name="Events">Number of observed events.</param>
/// <param name="Steps">One row per distinct event or censoring time, in ascending time order.</param>
/// <param name="Median">The median time to event with its confidence interval.</param>
public sealed record KaplanMeierCurve(
    string Group,
    int Subjects,
    int Events,
    ImmutableArray<KaplanMeierStep> Steps,
    SurvivalMedian Median)
{
    /// <summary>One row per distinct event or censoring time (empty when none; an omitted list reads as empty).</summary>
    public ImmutableArray<KaplanMeierStep> Steps { get; } = Steps.IsDefault ? [] : Steps;

    /// <summary>Number of censored subjects.</summary>
    public int Censored => Subjects - Events;

    /// <summary>The estimate S(t) at <paramref name="timeDays"/> (right-continuous: includes events at that time).</summary>
    /// <param name="timeDays">The time in days.</param>
    /// <returns>S(t); 1 before the first event.</returns>
    public double SurvivalAt(decimal timeDays)
    {
        var s = 1.0;
        foreach (var step in Steps)
        {
            if (step.TimeDays > timeDays)
            {
                break;
            }

            s = step.Survival;
        }

        return s;
    }

    /// <summary>
    /// The number of subjects at risk at <paramref name="timeDays"/>: those with follow-up time
    /// ≥ that time (R <c>summary(fit, times = ...)</c> convention, as in a numbers-at-risk table).
    /// </summary>
    /// <param name="timeDays">The time in days; ≥ 0.</param>
    /// <returns>The number at risk; <see cref="Subjects"/> at time 0, 0 after the last follow-up.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeDays"/> is negative.</exception>
    public int NumberAtRisk(decimal timeDays)
    {
        if (timeDays < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(timeDays), timeDays,
                $"Number at risk is asked at {timeDays.ToString(CultureInfo.InvariantCulture)} days; times must be ≥ 0.");
        }

        foreach (var step in Steps)
        {
            if (step.TimeDays >= timeDays)
            {
                return step.AtRisk;
            }
        }

        return 0;
    }
}
