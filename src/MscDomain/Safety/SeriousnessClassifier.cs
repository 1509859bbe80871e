using MscDomain.Common;
using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// Decides whether an adverse event is serious per ICH E2A: serious if and only if at least one seriousness criterion
/// holds; the CTCAE grade never makes an event serious.
/// </summary>
/// <remarks>
/// <para>Source: ICH E2A (CPMP/ICH/377/95) §II.B; domain reference safety.md §9. Criteria: death, life-threatening,
/// inpatient hospitalisation or prolongation, persistent/significant disability, congenital anomaly, important
/// medical event.</para>
/// <para>Checks reported as <see cref="SafetyIssue"/>s: a CTCAE grade 5 (death related to the AE) without the death
/// criterion is an error (the criterion is never set silently); a recorded AESER contradicting the criteria is an
/// error; a fatal outcome without the death criterion and the death criterion without a fatal outcome are errors
/// (SDTM AESDTH = Y with AEOUT = FATAL); grade 4–5 with no criterion is a review warning under
/// <see cref="GradeSeriousnessCheck.Warn"/>.</para>
/// </remarks>
public static class SeriousnessClassifier
{
    private static readonly SeriousnessCriteria[] Order =
    [
        SeriousnessCriteria.Death, SeriousnessCriteria.LifeThreatening, SeriousnessCriteria.Hospitalisation,
        SeriousnessCriteria.Disability, SeriousnessCriteria.CongenitalAnomaly, SeriousnessCriteria.ImportantMedicalEvent,
    ];

    private static readonly IReadOnlyList<SeriousnessCriteria>[] SplitCache = BuildSplitCache();

    /// <summary>Whether a set of criteria makes an event serious (at least one criterion holds).</summary>
    /// <param name="criteria">The criteria that hold.</param>
    /// <returns><see langword="true"/> iff <paramref name="criteria"/> is not <see cref="SeriousnessCriteria.None"/>.</returns>
    public static bool IsSerious(SeriousnessCriteria criteria) => criteria != SeriousnessCriteria.None;

    /// <summary>Classifies the seriousness of <paramref name="adverseEvent"/>.</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="SeriousnessOptions.Default"/>.</param>
    /// <returns>Serious or not, the criteria, an explanation and every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static SeriousnessResult Classify(AdverseEvent adverseEvent, SeriousnessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        options ??= SeriousnessOptions.Default;
        var criteria = adverseEvent.SeriousnessCriteria;
        var serious = criteria != SeriousnessCriteria.None;
        List<SafetyIssue>? issues = null;
        var grade = adverseEvent.Severity?.Grade;

        if (grade == 5 && (criteria & SeriousnessCriteria.Death) == 0)
        {
            (issues ??= []).Add(new SafetyIssue("seriousnessCriteria", criteria.ToString(),
                "CTCAE grade 5 is death related to the AE, which is ICH E2A 'results in death': the death criterion must be set (it is not set silently).",
                DataIssueSeverity.Error));
        }

        if (!serious && grade >= 4 && options.GradeSeriousnessCheck == GradeSeriousnessCheck.Warn)
        {
            (issues ??= []).Add(new SafetyIssue("seriousnessCriteria", "None",
                $"CTCAE grade {grade} without any seriousness criterion: the event stays non-serious (severity is not seriousness, ICH E2A) but should be reviewed.",
                DataIssueSeverity.Warning));
        }

        if (adverseEvent.RecordedSerious is { } recorded && recorded != serious)
        {
            (issues ??= []).Add(new SafetyIssue("recordedSerious (AESER)", recorded ? "Y" : "N",
                recorded
                    ? "AESER = Y requires at least one seriousness criterion (ICH E2A; SDTM AE; FHIR aeClinRes-seriousness-1)."
                    : $"AESER = N contradicts the criteria that hold ({criteria}); serious iff at least one criterion (ICH E2A).",
                DataIssueSeverity.Error));
        }

        var death = (criteria & SeriousnessCriteria.Death) != 0;
        if (death && adverseEvent.Outcome is { } o && o != AdverseEventOutcome.Fatal)
        {
            (issues ??= []).Add(new SafetyIssue("outcome (AEOUT)", o.ToString(),
                "The death criterion (AESDTH = Y) requires a fatal outcome (AEOUT = FATAL).", DataIssueSeverity.Error));
        }

        if (!death && adverseEvent.Outcome == AdverseEventOutcome.Fatal)
        {
            (issues ??= []).Add(new SafetyIssue("seriousnessCriteria", criteria.ToString(),
                "A fatal outcome (AEOUT = FATAL) requires the death criterion (AESDTH = Y).", DataIssueSeverity.Error));
        }

        if (adverseEvent.PlannedAdmission == true && (criteria & SeriousnessCriteria.Hospitalisation) != 0)
        {
            (issues ??= []).Add(new SafetyIssue("seriousnessCriteria", nameof(SeriousnessCriteria.Hospitalisation),
                "The admission was pre-planned or elective: that is not a seriousness criterion (ICH E2A: hospitalisation means admission because of the "
                + "event; protocol-mandated or elective admissions without an untoward event are excluded, safety.md §9). Keep the criterion only if the "
                + "event itself caused or prolonged an admission.",
                DataIssueSeverity.Warning));
        }

        var result = issues is null
            ? CleanResults[((int)criteria * 2) + (grade >= 3 ? 1 : 0)]
            : new SeriousnessResult(serious, criteria, Explain(criteria, grade), issues);
        return serious && adverseEvent.InvestigatorAwareDate is { } aware
            ? result with { InvestigatorReportDue = aware.PlusDays(1) }
            : result;
    }

    private static string Explain(SeriousnessCriteria criteria, int? grade)
    {
        var serious = criteria != SeriousnessCriteria.None;
        return serious
            ? (SplitCache[(int)criteria].Count == 1
                ? SeriousExplanations[(int)criteria]
                : $"Serious: {SplitCache[(int)criteria].Count} ICH E2A criteria hold ({criteria}).")
            : grade >= 3
                ? "Not serious: no ICH E2A criterion holds; the CTCAE grade does not make an event serious."
                : "Not serious: no ICH E2A criterion holds.";
    }

    private static SeriousnessResult[] BuildCleanResults()
    {
        var r = new SeriousnessResult[128];
        for (var c = 0; c < 64; c++)
        {
            var criteria = (SeriousnessCriteria)c;
            r[c * 2] = new SeriousnessResult(c != 0, criteria, Explain(criteria, null), Array.Empty<SafetyIssue>());
            r[(c * 2) + 1] = new SeriousnessResult(c != 0, criteria, Explain(criteria, 3), Array.Empty<SafetyIssue>());
        }

        return r;
    }

    /// <summary>Splits a criteria set into its single criteria in E2B order (E.i.3.2a to f).</summary>
    /// <param name="criteria">The criteria set.</param>
    /// <returns>The single criteria that are set; empty for <see cref="SeriousnessCriteria.None"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The set contains undefined flags.</exception>
    public static IReadOnlyList<SeriousnessCriteria> Split(SeriousnessCriteria criteria) =>
        (int)criteria is >= 0 and < 64
            ? SplitCache[(int)criteria]
            : throw new ArgumentOutOfRangeException(nameof(criteria), criteria, "Seriousness criteria contain undefined flags.");

    private static readonly string[] SeriousExplanations = BuildExplanations();

    private static IReadOnlyList<SeriousnessCriteria>[] BuildSplitCache()
    {
        var cache = new IReadOnlyList<SeriousnessCriteria>[64];
        for (var i = 0; i < 64; i++)
        {
            cache[i] = Order.Where(c => (i & (int)c) != 0).ToArray();
        }

        return cache;
    }

    private static string[] BuildExplanations()
    {
        var e = new string[64];
        foreach (var c in Order)
        {
            e[(int)c] = $"Serious: exactly one ICH E2A criterion holds ({c}).";
        }

        return e;
    }

    // Declared last: built from the caches above (static initialisers run in textual order).
    private static readonly SeriousnessResult[] CleanResults = BuildCleanResults();
}
