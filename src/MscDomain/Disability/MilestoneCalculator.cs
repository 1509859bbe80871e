using NodaTime;

namespace MscDomain.Disability;

/// <summary>Time to the first confirmed reach of a disability value (e.g. EDSS ≥ 6, EDSS ≥ 4), the semantics of
/// msprog's <c>value_milestone()</c> (Montobbio et al., <i>Mult Scler</i> 2024;30:1185; domain notes §12).</summary>
/// <remarks>The search starts at the first visit (no baseline). A candidate is confirmed when every visit up to the
/// first eligible confirmation visit also reaches the milestone (always, no check-intermediate switch), or it is the
/// last visit and imputation accepts it. Relapses earlier than (first visit − <c>RelapseToEvent</c>) are ignored.</remarks>
public static class MilestoneCalculator
{
    /// <summary>Finds the confirmed milestone for one participant.</summary>
    /// <param name="visits">Outcome assessments in any order.</param>
    /// <param name="relapseOnsets">Relapse onset dates.</param>
    /// <param name="options">The criteria.</param>
    /// <returns>The milestone result (censored when not reached).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are inconsistent.</exception>
    public static MilestoneResult Find(IReadOnlyList<DisabilityVisit> visits, IReadOnlyList<LocalDate> relapseOnsets, MilestoneOptions options)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(relapseOnsets);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return FindValidated(visits, relapseOnsets, options);
    }

    internal static MilestoneResult FindValidated(IReadOnlyList<DisabilityVisit> visits, IReadOnlyList<LocalDate> relapseOnsets, MilestoneOptions o)
    {
        var s = DisabilitySeries.Build(visits, relapseOnsets, o.Outcome, o.EffectiveWorsening, o.EdssValidation,
            ThresholdArithmetic.Exact, DeltaBands.MsprogDefault, o.Outcome == OutcomeKind.Custom ? _ => 1m : null, o.RelapseToEvent.DaysSinceLast);
        IReadOnlyList<DisabilityInputIssue> issues = s.Issues is null ? [] : s.Issues;
        var n = s.Count;
        if (n == 0)
        {
            return new MilestoneResult { DaysFromFirstVisit = 0, Observed = false, Issues = issues };
        }

        var increase = o.EffectiveWorsening == WorseningDirection.Increase;
        bool Reaches(int i) => increase ? s.Value[i] >= o.Milestone : s.Value[i] <= o.Milestone;

        var periods = o.ConfirmationDays.Count;
        var search = 0;
        while (true)
        {
            var m = -1;
            for (var x = search; x < n; x++)
            {
                if (Reaches(x) && s.SinceRelapse[x] >= o.RelapseToEvent.DaysSinceLast && s.UntilRelapse[x] >= o.RelapseToEvent.DaysUntilNext)
                {
                    m = x;
                    break;
                }
            }

            if (m < 0)
            {
                break;
            }

            var firstConf = -1;
            if (m < n - 1)
            {
                for (var x = m + 1; x < n && firstConf < 0; x++)
                {
                    if (!s.CanConfirm[x] || s.SinceRelapse[x] < o.RelapseToConfirmation.DaysSinceLast || s.UntilRelapse[x] < o.RelapseToConfirmation.DaysUntilNext)
                    {
                        continue;
                    }

                    decimal d = s.Day[x] - s.Day[m];
                    for (var p = 0; p < periods; p++)
                    {
                        var lo = o.ConfirmationDays[p] - o.ConfirmationTolerance.LowerDays;
                        var hiOk = o.ConfirmationTolerance.UpperDays is not { } u || d <= o.ConfirmationDays[p] + u;
                        if (d >= lo && hiOk)
                        {
                            firstConf = x;
                            break;
                        }
                    }
                }
            }

            var confirmed = false;
            if (firstConf >= 0)
            {
                confirmed = true;
                for (var x = m + 1; x <= firstConf; x++)
                {
                    if (!Reaches(x))
                    {
                        confirmed = false;
                        break;
                    }
                }
            }

            var imputed = false;
            if (!confirmed && m == n - 1 && Accept(o, s.Day[m] - s.Day[0]))
            {
                confirmed = imputed = true;
                firstConf = n - 1;
            }

            if (confirmed)
            {
                var nns = -1;
                for (var x = firstConf + 1; x < n; x++)
                {
                    if (!Reaches(x))
                    {
                        nns = x;
                        break;
                    }
                }

                if (o.RequireSustainedDays <= 0 || nns < 0 || (long)s.Day[nns] - s.Day[m] >= o.RequireSustainedDays)
                {
                    return new MilestoneResult
                    {
                        Date = s.Date(m),
                        Value = s.Value[m],
                        DaysFromFirstVisit = s.Day[m] - s.Day[0],
                        Observed = true,
                        Confirmation = imputed ? null : s.Point(firstConf),
                        IsImputed = imputed,
                        Issues = issues,
                    };
                }

                search = nns + 1;
            }
            else
            {
                if (m == n - 1)
                {
                    break;
                }

                var next = -1;
                for (var x = m + 1; x < n; x++)
                {
                    if (!Reaches(x))
                    {
                        next = x;
                        break;
                    }
                }

                search = next < 0 ? n - 1 : next + 1;
            }
        }

        return new MilestoneResult
        {
            Date = s.Date(n - 1),
            Value = null,
            DaysFromFirstVisit = s.Day[n - 1] - s.Day[0],
            Observed = false,
            Issues = issues,
        };
    }

    private static bool Accept(MilestoneOptions o, int followUpDays)
    {
        var p = o.ImputeLastVisit;
        if (p <= 0)
        {
            return false;
        }

        if (p > 1)
        {
            return followUpDays <= p;
        }

        return p == 1 || o.ImputationRandom!.NextDouble() < (double)p;
    }
}
