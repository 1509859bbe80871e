using NodaTime;
using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// Judges whether an adverse event is expected against the reference safety information (RSI): unexpected by type (not listed) or by
/// severity (listed, but the observed CTCAE grade exceeds the highest listed grade).
/// </summary>
/// <remarks>
/// <para>Source: ICH E2A §II.C (unexpected = nature or severity not consistent with the product information); EU CTR 536/2014
/// Annex III; safety.md §11.3 (e.g. RSI lists headache grade 1–2: a grade 3 headache is unexpected).</para>
/// <para>With an RSI the judgement is computed and the recorded <see cref="AdverseEvent.Expectedness"/> is ignored; without one, the
/// recorded value is used; with neither, the expectedness is unknown (<see langword="null"/>). A listed term with no observed grade is
/// expected (the severity cannot be shown to exceed the listing).</para>
/// </remarks>
public static class ExpectednessClassifier
{
    private static readonly ExpectednessResult UnknownResult = new(null, null, null, "Unknown: no RSI supplied and no expectedness recorded.");

    private static readonly ExpectednessResult[] RecordedResults = Enumerable.Range(0, 4)
        .Select(i => Enum.IsDefined((Expectedness)i) ? new ExpectednessResult((Expectedness)i, null, null, $"{(Expectedness)i} as recorded (no RSI supplied).") : UnknownResult)
        .ToArray();

    /// <summary>The RSI version in force on <paramref name="date"/>: the one with the latest effective date on or before it.</summary>
    /// <param name="versions">The RSI versions.</param>
    /// <param name="date">The date, normally the sponsor's awareness date (day 0).</param>
    /// <returns>The version in force, or <see langword="null"/> when none was yet in force.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="versions"/> is null.</exception>
    public static ReferenceSafetyInformation? InForceOn(IEnumerable<ReferenceSafetyInformation> versions, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ReferenceSafetyInformation? best = null;
        foreach (var v in versions)
        {
            if (v.EffectiveFrom <= date && (best is null || v.EffectiveFrom > best.EffectiveFrom))
            {
                best = v;
            }
        }

        return best;
    }

    /// <summary>Classifies the expectedness of <paramref name="adverseEvent"/>.</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <param name="rsi">The RSI in force when the sponsor became aware; <see langword="null"/> to use the recorded expectedness.</param>
    /// <returns>The expectedness with its source and reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static ExpectednessResult Classify(AdverseEvent adverseEvent, ReferenceSafetyInformation? rsi)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        if (rsi is null)
        {
            return adverseEvent.Expectedness is { } recorded
                ? RecordedResults[(int)recorded]
                : UnknownResult;
        }

        var entry = Match(adverseEvent, rsi);
        if (entry is null)
        {
            return new ExpectednessResult(Expectedness.UnexpectedByType, rsi.Version, null,
                $"Unexpected by type: '{adverseEvent.Meddra?.PreferredTerm ?? adverseEvent.VerbatimTerm}' is not listed in RSI {rsi.Version}.");
        }

        var grade = adverseEvent.Severity?.Grade;
        if (entry.MaxExpectedGrade is { } max && grade is { } g && g > max)
        {
            return new ExpectednessResult(Expectedness.UnexpectedBySeverity, rsi.Version, entry,
                $"Unexpected by severity: '{entry.Term}' is listed in RSI {rsi.Version} up to grade {max}, observed grade {g}.");
        }

        var why = entry.MaxExpectedGrade is { } m
            ? grade is { } gg ? $"up to grade {m}, observed grade {gg}" : $"up to grade {m}, no grade recorded"
            : "without a severity limit";
        return new ExpectednessResult(Expectedness.Expected, rsi.Version, entry, $"Expected: '{entry.Term}' is listed in RSI {rsi.Version} {why}.");
    }

    private static ReferenceSafetyEntry? Match(AdverseEvent ae, ReferenceSafetyInformation rsi)
    {
        var code = ae.Meddra?.PreferredTermCode;
        var pt = ae.Meddra?.PreferredTerm;
        foreach (var e in rsi.Entries)
        {
            if (code is { } c && e.HasCodes)
            {
                if (e.HasCode(c))
                {
                    return e;
                }

                continue;
            }

            if (e.HasTerm(pt) || e.HasTerm(ae.VerbatimTerm))
            {
                return e;
            }
        }

        return null;
    }
}
