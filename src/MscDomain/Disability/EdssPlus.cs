namespace MscDomain.Disability;

/// <summary>
/// EDSS-Plus: confirmed worsening on at least one of EDSS, Timed 25-Foot Walk (T25FW, ≥20%) and
/// Nine-Hole Peg Test (9HPT, ≥20%, either hand), each confirmed per outcome.
/// </summary>
/// <remarks>
/// <para>Source: Cadavid et al., <i>Mult Scler</i> 2017 (IMPACT placebo arm: 59.5% progressed over two
/// years by EDSS-Plus vs 24.7% EDSS alone); ASCEND (natalizumab, SPMS) primary endpoint. The same
/// structure is Kappos 2020's composite confirmed disability accumulation (12 or 24 weeks). The
/// improvement mirror (MSC-NP phase II) is <see cref="CompositeDirection.Improvement"/>.</para>
/// <para>Components are combined as "first of any"; the composite keeps which component fired.</para>
/// </remarks>
public static class EdssPlus
{
    /// <summary>Combines per-component confirmed-event results into the EDSS-Plus composite.</summary>
    /// <param name="components">One result per component; 9HPT as one either-hand result or one per hand.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="EdssPlusOptions.Default"/>.</param>
    /// <returns>The composite with its first component and anything missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="components"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A component is given twice, a result's direction differs from
    /// <see cref="EdssPlusOptions.Direction"/>, or 9HPT is given both per hand and as either-hand.</exception>
    public static EdssPlusResult Evaluate(IEnumerable<CompositeComponentEvent> components, EdssPlusOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(components);
        var o = options ?? EdssPlusOptions.Default;
        var list = components.ToList();
        var seen = new HashSet<CompositeComponent>();
        foreach (var c in list)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(components));
            if (!seen.Add(c.Component))
            {
                throw new ArgumentException($"Component {c.Component} is given more than once.", nameof(components));
            }

            if (c.Direction != o.Direction)
            {
                throw new ArgumentException($"Component {c.Component} is a {c.Direction} result but the composite counts {o.Direction}.", nameof(components));
            }
        }

        var perHand = seen.Contains(CompositeComponent.NineHolePegTestDominantHand) || seen.Contains(CompositeComponent.NineHolePegTestNonDominantHand);
        if (perHand && seen.Contains(CompositeComponent.NineHolePegTestEitherHand))
        {
            throw new ArgumentException("9HPT is given both per hand and as either-hand; give one or the other.", nameof(components));
        }

        var missing = new List<CompositeComponent>();
        if (!seen.Contains(CompositeComponent.Edss))
        {
            missing.Add(CompositeComponent.Edss);
        }

        if (!seen.Contains(CompositeComponent.TimedTwentyFiveFootWalk))
        {
            missing.Add(CompositeComponent.TimedTwentyFiveFootWalk);
        }

        if (!seen.Contains(CompositeComponent.NineHolePegTestEitherHand))
        {
            if (!seen.Contains(CompositeComponent.NineHolePegTestDominantHand))
            {
                missing.Add(CompositeComponent.NineHolePegTestDominantHand);
            }

            if (!seen.Contains(CompositeComponent.NineHolePegTestNonDominantHand))
            {
                missing.Add(CompositeComponent.NineHolePegTestNonDominantHand);
            }
        }

        var confirmed = list.Where(c => c.Confirmed).OrderBy(c => c.Date!.Value).ThenBy(c => c.Component).ToList();
        var first = confirmed.Count > 0 ? confirmed[0].Date : null;
        var firstComponents = confirmed.Where(c => c.Date == first).Select(c => c.Component).ToList();
        var status = confirmed.Count > 0 ? CompositeStatus.Met
            : missing.Count > 0 ? CompositeStatus.Indeterminate
            : CompositeStatus.NotMet;
        return new EdssPlusResult(status, o.Direction, first, firstComponents, confirmed, missing, list);
    }

    /// <summary>Whether a timed test (T25FW or 9HPT, seconds) changed by at least the threshold percent of
    /// the reference time in the given direction.</summary>
    /// <param name="referenceSeconds">The reference (baseline) time, seconds, &gt; 0.</param>
    /// <param name="valueSeconds">The follow-up time, seconds, &gt; 0.</param>
    /// <param name="direction">Worsening: value ≥ reference × (1 + p/100); improvement: value ≤ reference × (1 − p/100).</param>
    /// <param name="percent">The threshold p in percent (default 20, inclusive), 0 &lt; p &lt; 100.</param>
    /// <returns><see langword="true"/> when the change reaches the threshold (exactly 20% counts).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A time is not positive, or the percent is not in (0, 100).</exception>
    /// <remarks>Exact decimal arithmetic; time, not speed (a 20% time increase is a 16.7% speed decrease;
    /// a 25% speed increase is a 20% time decrease). Source: disability.md §17; Schwid et al.; Cadavid 2017.</remarks>
    public static bool IsTimedTestChange(decimal referenceSeconds, decimal valueSeconds, CompositeDirection direction, decimal percent = 20m)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(referenceSeconds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(valueSeconds);
        if (percent <= 0m || percent >= 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "Threshold percent must be above 0 and below 100.");
        }

        return direction == CompositeDirection.Worsening
            ? valueSeconds >= referenceSeconds * (100m + percent) / 100m
            : valueSeconds <= referenceSeconds * (100m - percent) / 100m;
    }

    /// <summary>Whether a timed test changed by at least <see cref="EdssPlusOptions.TimedTestChangePercent"/>
    /// in <see cref="EdssPlusOptions.Direction"/>.</summary>
    /// <param name="referenceSeconds">The reference (baseline) time, seconds, &gt; 0.</param>
    /// <param name="valueSeconds">The follow-up time, seconds, &gt; 0.</param>
    /// <param name="options">The composite's options.</param>
    /// <returns><see langword="true"/> when the change reaches the threshold.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is not positive, or the percent is not in (0, 100).</exception>
    public static bool IsTimedTestChange(decimal referenceSeconds, decimal valueSeconds, EdssPlusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return IsTimedTestChange(referenceSeconds, valueSeconds, options.Direction, options.TimedTestChangePercent);
    }
}
