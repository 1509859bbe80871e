using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// Classifies one adverse event in one call: the reported grade, ICH E2A seriousness with criteria, causality for expedited reporting,
/// expectedness, SUSAR status with reporting deadlines, and (with exposures) timing.
/// </summary>
/// <remarks>Composes <see cref="SeriousnessClassifier"/>, <see cref="ExpeditedRelatedness"/>, <see cref="ExpectednessClassifier"/>,
/// <see cref="SusarClassifier"/> and <see cref="AdverseEventTimingClassifier"/>; see each for its rules and sources. Pure and thread-safe.</remarks>
public static class AdverseEventClassifier
{
    /// <summary>Classifies <paramref name="adverseEvent"/>.</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <param name="context">RSI versions and exposures; <see langword="null"/> for <see cref="AdverseEventContext.Empty"/>.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="AdverseEventClassifierOptions.Default"/>.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static AdverseEventClassification Classify(AdverseEvent adverseEvent, AdverseEventContext? context = null, AdverseEventClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        context ??= AdverseEventContext.Empty;
        options ??= AdverseEventClassifierOptions.Default;

        var seriousness = SeriousnessClassifier.Classify(adverseEvent, options.Seriousness);
        var relatedness = ExpeditedRelatedness.Decide(adverseEvent, options.Susar.Causality);
        var rsi = SelectRsi(context.ReferenceSafetyInformation, adverseEvent);
        var expectedness = ExpectednessClassifier.Classify(adverseEvent, rsi);
        if (rsi is null && context.ReferenceSafetyInformation is { Count: > 0 })
        {
            expectedness = expectedness with
            {
                Reason = $"No RSI version was in force on day 0 ({adverseEvent.SponsorAwareDate:uuuu-MM-dd}); " +
                    (expectedness.Expectedness is { } e ? $"{e} as recorded." : "no expectedness recorded: unknown."),
            };
        }
        var susar = SusarClassifier.Classify(adverseEvent, expectedness, relatedness, options.Susar);
        var timing = context.Exposures is { } exposures ? AdverseEventTimingClassifier.Analyse(adverseEvent, exposures, options.Timing) : null;
        var aesi = Safety.SpecialInterest.Classify(adverseEvent, context.SpecialInterest, context.Exposures);
        return new AdverseEventClassification(adverseEvent, adverseEvent.Severity, seriousness, relatedness, expectedness, susar, timing, aesi);
    }

    private static ReferenceSafetyInformation? SelectRsi(IReadOnlyList<ReferenceSafetyInformation>? versions, AdverseEvent ae)
    {
        if (versions is null || versions.Count == 0)
        {
            return null;
        }

        if (ae.SponsorAwareDate is { } aware)
        {
            return ExpectednessClassifier.InForceOn(versions, aware);
        }

        return versions.MaxBy(v => v.EffectiveFrom);
    }
}
