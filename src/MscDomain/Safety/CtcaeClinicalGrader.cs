using System.Globalization;
using static MscDomain.Safety.ClinicalFact;
using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// Grades clinical adverse events common in MSC trials by CTCAE v5.0 (safety.md §8) from structured criteria.
/// </summary>
/// <remarks>
/// <para>Each term is data: its bands from the most severe down, each band met when any of its facts is true, and
/// the term's lowest grade, which an event that meets no higher band receives ("the grader reports the lowest grade
/// the term defines", safety.md §8). A grade a term lacks is never returned (safety.md §2).</para>
/// <para>Unknown facts (POLICY, <see cref="ClinicalGradingOptions.UnknownFactPolicy"/>): under the default worst case a
/// band none of whose facts is true but some of which are unknown is taken as met, and the result lists the assumed
/// facts; best case passes it over; <see cref="ClinicalQualifierPolicy.RequireClinicalInput"/> returns
/// <see cref="CtcaeNotGradableReason.ClinicalInputRequired"/>. Death (grade 5) is never assumed: it needs
/// <see cref="ClinicalGradingCriteria.Death"/> = true.</para>
/// <para>CTCAE v6.0 clinical criteria are not transcribed (safety.md §8 [R]): v6.0 gives
/// <see cref="CtcaeNotGradableReason.UnsupportedVersion"/> with a message naming the term. The published v6.0 text (NCI, 22 Jul 2025)
/// was not available to transcribe, and v5.0 criteria are never reused as v6.0 without the source saying they are unchanged.</para>
/// </remarks>
public static class CtcaeClinicalGrader
{
    private static readonly Dictionary<ClinicalTerm, TermRule> Rules = new()
    {
        // Infusion related reaction (v5.0): G2 interruption indicated, prompt response; G3 prolonged or recurrent,
        // hospitalisation for sequelae; G4 life-threatening, urgent intervention.
        [ClinicalTerm.InfusionRelatedReaction] = new("Infusion related reaction", 1, true,
            [(4, [LifeThreatening, UrgentInterventionIndicated]), (3, [ProlongedOrRecurrent, HospitalizationIndicated]), (2, [InfusionInterruptionIndicated])]),

        // Allergic reaction: G2 oral intervention; G3 bronchospasm, IV intervention, hospitalisation; G4 life-threatening.
        [ClinicalTerm.AllergicReaction] = new("Allergic reaction", 1, true,
            [(4, [LifeThreatening, UrgentInterventionIndicated]), (3, [Bronchospasm, IvInterventionIndicated, HospitalizationIndicated]), (2, [OralInterventionIndicated])]),

        // Anaphylaxis: G3 symptomatic bronchospasm, hypotension (lowest); G4 life-threatening.
        [ClinicalTerm.Anaphylaxis] = new("Anaphylaxis", 3, true, [(4, [LifeThreatening, UrgentInterventionIndicated])]),

        // Thromboembolic event: G2 medical intervention; G3 urgent medical intervention; G4 haemodynamic/neurologic instability.
        [ClinicalTerm.ThromboembolicEvent] = new("Thromboembolic event", 1, true,
            [(4, [LifeThreatening, HemodynamicOrNeurologicInstability]), (3, [UrgentInterventionIndicated]), (2, [MedicalInterventionIndicated])]),

        // Headache: G2 moderate, limits instrumental ADL; G3 severe, limits self-care ADL. No G4/G5.
        [ClinicalTerm.Headache] = new("Headache", 1, false,
            [(3, [SeveritySevere, LimitsSelfCareAdl]), (2, [SeverityModerate, LimitsInstrumentalAdl])]),

        // Cerebrospinal fluid leakage (post-LP): G2 moderate symptoms, blood patch; G3 severe, medical intervention; G4 life-threatening.
        [ClinicalTerm.CerebrospinalFluidLeakage] = new("Cerebrospinal fluid leakage", 1, true,
            [(4, [LifeThreatening, UrgentInterventionIndicated]), (3, [SeveritySevere, MedicalInterventionIndicated]), (2, [SeverityModerate, BloodPatchIndicated])]),

        [ClinicalTerm.Meningismus] = new("Meningismus", 1, true,
            [(4, [LifeThreatening, UrgentInterventionIndicated]), (3, [SeveritySevere, LimitsSelfCareAdl]), (2, [SeverityModerate, LimitsInstrumentalAdl])]),
        [ClinicalTerm.Arachnoiditis] = new("Arachnoiditis", 1, true,
            [(4, [LifeThreatening, UrgentInterventionIndicated]), (3, [SeveritySevere, LimitsSelfCareAdl]), (2, [SeverityModerate, LimitsInstrumentalAdl])]),

        // Infections: G2 oral anti-infective (lowest); G3 IV anti-infective or invasive intervention; G4 life-threatening.
        [ClinicalTerm.Meningitis] = new("Meningitis", 3, true, [(4, [LifeThreatening, UrgentInterventionIndicated])]),
        [ClinicalTerm.UpperRespiratoryInfection] = new("Upper respiratory infection", 2, true,
            [(4, [LifeThreatening, UrgentInterventionIndicated]), (3, [IvInterventionIndicated, InvasiveInterventionIndicated])]),
        [ClinicalTerm.UrinaryTractInfection] = new("Urinary tract infection", 2, true,
            [(4, [LifeThreatening, UrgentInterventionIndicated]), (3, [IvInterventionIndicated, InvasiveInterventionIndicated])]),
        [ClinicalTerm.LungInfection] = new("Lung infection", 2, true,
            [(4, [LifeThreatening, UrgentInterventionIndicated]), (3, [IvInterventionIndicated, InvasiveInterventionIndicated])]),
        [ClinicalTerm.Sepsis] = new("Sepsis", 3, true, [(4, [LifeThreatening, UrgentInterventionIndicated])]),

        // Injection site reaction: G2 pain, lipodystrophy, oedema, phlebitis; G3 ulceration/necrosis, operative intervention; G4 life-threatening.
        [ClinicalTerm.InjectionSiteReaction] = new("Injection site reaction", 1, true,
            [(4, [LifeThreatening, UrgentInterventionIndicated]), (3, [UlcerationOrNecrosis, InvasiveInterventionIndicated]), (2, [LocalPainEdemaOrPhlebitis])]),

        [ClinicalTerm.TreatmentRelatedSecondaryMalignancy] = new("Treatment related secondary malignancy", 3, true, [(4, [LifeThreatening])]),

        [ClinicalTerm.BackPain] = new("Back pain", 1, false, [(3, [SeveritySevere, LimitsSelfCareAdl]), (2, [SeverityModerate, LimitsInstrumentalAdl])]),
        [ClinicalTerm.NeckPain] = new("Neck pain", 1, false, [(3, [SeveritySevere, LimitsSelfCareAdl]), (2, [SeverityModerate, LimitsInstrumentalAdl])]),
        [ClinicalTerm.Chills] = new("Chills", 1, false, [(3, [SeveritySevere]), (2, [SeverityModerate])]),
        [ClinicalTerm.Fatigue] = new("Fatigue", 1, false, [(3, [SeveritySevere, LimitsSelfCareAdl]), (2, [SeverityModerate, LimitsInstrumentalAdl])]),
    };

    private const string V6NotTranscribed =
        "CTCAE v6.0 clinical criteria for this term are not transcribed (the published v6.0 text was not available; v5.0 criteria are "
        + "not reused as v6.0 without the source saying they are unchanged); grade it under v5.0 or record the v6.0 grade as reported.";

    /// <summary>The CTCAE v5.0 term name, e.g. "Cerebrospinal fluid leakage".</summary>
    /// <param name="term">The term.</param>
    /// <returns>The CTCAE name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The term is <see cref="ClinicalTerm.None"/> or undefined.</exception>
    public static string CtcaeName(ClinicalTerm term) =>
        term == ClinicalTerm.Fever ? "Fever" : Rule(term).Name;

    /// <summary>The lowest grade the term defines (e.g. 3 for sepsis, 2 for lung infection).</summary>
    /// <param name="term">The term.</param>
    /// <returns>The lowest grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The term is <see cref="ClinicalTerm.None"/> or undefined.</exception>
    public static int LowestGrade(ClinicalTerm term) => term == ClinicalTerm.Fever ? 1 : Rule(term).Lowest;

    /// <summary>Whether CTCAE v5.0 defines <paramref name="grade"/> for the term (a dash in the grade cell means it does not).</summary>
    /// <param name="term">The term.</param>
    /// <param name="grade">A grade 1-5.</param>
    /// <returns><see langword="true"/> when the term has that grade.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The term is <see cref="ClinicalTerm.None"/> or undefined.</exception>
    public static bool HasGrade(ClinicalTerm term, int grade)
    {
        if (term == ClinicalTerm.Fever)
        {
            return grade is >= 1 and <= 5;
        }

        var r = Rule(term);
        return grade >= r.Lowest && grade <= r.Highest;
    }

    /// <summary>Checks a grade recorded by an investigator against the grades the term defines.</summary>
    /// <param name="term">The term.</param>
    /// <param name="grade">The recorded grade.</param>
    /// <param name="version">The CTCAE version (only v5.0 is transcribed).</param>
    /// <returns>The grade with its version.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The term lacks that grade (e.g. grade 1 sepsis, grade 4 headache), or the version is not v5.0.</exception>
    public static CtcaeGrade RequireGrade(ClinicalTerm term, int grade, CtcaeVersion version = CtcaeVersion.V5_0)
    {
        if (version != CtcaeVersion.V5_0)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "Only CTCAE v5.0 clinical criteria are transcribed (safety.md §8).");
        }

        if (!HasGrade(term, grade))
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade,
                $"CTCAE v5.0 '{CtcaeName(term)}' has no grade {grade.ToString(CultureInfo.InvariantCulture)} (a dash in the grade cell; safety.md §2).");
        }

        return new CtcaeGrade(grade, version);
    }

    /// <summary>Grades a clinical event from its criteria.</summary>
    /// <param name="term">The CTCAE term (not <see cref="ClinicalTerm.Fever"/>: use <see cref="GradeFever"/>).</param>
    /// <param name="criteria">The structured facts; <see langword="null"/> facts are unknown.</param>
    /// <param name="version">The CTCAE version (only v5.0 is transcribed).</param>
    /// <param name="options">Policies; <see langword="null"/> for <see cref="ClinicalGradingOptions.Default"/>.</param>
    /// <returns>The grade, or not gradable with the reason, with the facts any policy assumed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criteria"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="term"/> is <see cref="ClinicalTerm.Fever"/> (it needs a temperature).</exception>
    public static ClinicalGradingResult Grade(ClinicalTerm term, ClinicalGradingCriteria criteria, CtcaeVersion version = CtcaeVersion.V5_0, ClinicalGradingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (term == ClinicalTerm.Fever)
        {
            throw new ArgumentException("Fever is graded from a temperature: use CtcaeClinicalGrader.GradeFever.", nameof(term));
        }

        options ??= ClinicalGradingOptions.Default;
        if (!Rules.TryGetValue(term, out var rule))
        {
            return NotGradable(term, version, CtcaeNotGradableReason.UnknownTerm, $"'{term}' is not a clinical term graded by MscDomain.");
        }

        if (version != CtcaeVersion.V5_0)
        {
            return NotGradable(term, version, CtcaeNotGradableReason.UnsupportedVersion,
                $"{rule.Name}: {V6NotTranscribed}");
        }

        if (criteria.Death == true)
        {
            return rule.HasGrade5
                ? Graded(term, version, 5, false, [], null, $"{rule.Name} (CTCAE v5.0): grade 5 (death related to the event).")
                : NotGradable(term, version, CtcaeNotGradableReason.InvalidInput, $"{rule.Name} has no grade 5 in CTCAE v5.0; record the death under the term that caused it or 'Death NOS'.");
        }

        if (criteria.DescribedGrade is { } described && (described < rule.Lowest || described > rule.Highest))
        {
            return NotGradable(term, version, CtcaeNotGradableReason.InvalidInput,
                $"{rule.Name} (CTCAE v5.0) has no grade {described.ToString(CultureInfo.InvariantCulture)}; the described grade must be one the term has.");
        }

        // The wording of the described grade excludes the descriptions of more severe bands: their unknown facts count as false.
        bool? Fact(int bandGrade, ClinicalFact f) =>
            criteria.Get(f) is { } v ? v : criteria.DescribedGrade is { } d && bandGrade > d ? false : null;

        // Range the known facts allow (issue 11 point 7): highest = every unknown fact true, lowest = every unknown fact false.
        int? lowest = null, highest = null;
        var deciding = new List<ClinicalFact>();
        var contradicts = false;
        foreach (var (g, facts) in rule.Bands)
        {
            if (facts.Any(f => Fact(g, f) == true))
            {
                lowest = g;
                highest ??= g;
                contradicts = criteria.DescribedGrade is { } d && g > d;
                break;
            }

            var unknown = facts.Where(f => Fact(g, f) is null).ToArray();
            if (unknown.Length > 0)
            {
                highest ??= g;
                deciding.AddRange(unknown);
            }
        }

        lowest ??= rule.Lowest;
        highest ??= lowest;
        var range = (Low: lowest.Value, High: highest.Value, Deciding: (IReadOnlyList<ClinicalFact>)deciding.ToArray());
        var note = (range.Low == range.High ? string.Empty
                : $" The known facts allow grade {range.Low.ToString(CultureInfo.InvariantCulture)} to {range.High.ToString(CultureInfo.InvariantCulture)}; deciding: {string.Join(", ", range.Deciding)}.")
            + (contradicts ? $" A fact set to true is more severe than the described grade {criteria.DescribedGrade!.Value.ToString(CultureInfo.InvariantCulture)}: check the source." : string.Empty);
        ClinicalGradingResult WithRange(ClinicalGradingResult r) =>
            r with { LowestPossibleGrade = range.Low, HighestPossibleGrade = range.High, DecidingFacts = range.Deciding, Message = r.Message + note };

        var assumed = new List<ClinicalFact>();
        var policyApplied = false;
        foreach (var (grade, facts) in rule.Bands)
        {
            var unknown = new List<ClinicalFact>();
            var met = false;
            foreach (var f in facts)
            {
                var v = Fact(grade, f);
                if (v == true)
                {
                    met = true;
                    break;
                }

                if (v is null)
                {
                    unknown.Add(f);
                }
            }

            if (met)
            {
                return WithRange(Graded(term, version, grade, policyApplied, assumed, null, Explain(rule.Name, grade, policyApplied, assumed, options)));
            }

            if (unknown.Count == 0)
            {
                continue;
            }

            switch (options.UnknownFactPolicy)
            {
                case ClinicalQualifierPolicy.WorstCase:
                    assumed.AddRange(unknown);
                    return WithRange(Graded(term, version, grade, true, assumed, null, Explain(rule.Name, grade, true, assumed, options)));
                case ClinicalQualifierPolicy.BestCase:
                    policyApplied = true;
                    assumed.AddRange(unknown);
                    break;
                default:
                    return WithRange(new ClinicalGradingResult(term, version, null, CtcaeNotGradableReason.ClinicalInputRequired, false, unknown, null,
                        $"{rule.Name} (CTCAE v5.0): not gradable: grade {grade.ToString(CultureInfo.InvariantCulture)} depends on unknown facts ({string.Join(", ", unknown)})."));
            }
        }

        return WithRange(Graded(term, version, rule.Lowest, policyApplied, assumed, null, Explain(rule.Name, rule.Lowest, policyApplied, assumed, options)));
    }

    /// <summary>Grades "Fever" (CTCAE v5.0, General disorders) from the maximum temperature and the time above 40.0 °C.</summary>
    /// <param name="input">Temperature, unit, hours above 40.0 °C and death.</param>
    /// <param name="version">The CTCAE version (only v5.0 is transcribed).</param>
    /// <param name="options">Policies; <see langword="null"/> for <see cref="ClinicalGradingOptions.Default"/>.</param>
    /// <returns>Grade 0 below 38.0 °C; G1 38.0-39.0; G2 &gt;39.0-40.0; G3 &gt;40.0 for ≤24 h; G4 &gt;40.0 for &gt;24 h; G5 death.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <remarks>°F is converted as (°F − 32) × 5 / 9 in decimal, multiplying before dividing so every printed cut-off
    /// converts exactly (POLICY FeverUnit = ConvertToCelsius); the °F column's gap (102.2-102.3 °F) thus falls in the
    /// more severe band. An unknown duration above 40.0 °C is decided by the unknown-fact policy (worst case: G4).
    /// A temperature outside 25-45 °C is rejected as invalid input.</remarks>
    public static ClinicalGradingResult GradeFever(FeverGradingInput input, CtcaeVersion version = CtcaeVersion.V5_0, ClinicalGradingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= ClinicalGradingOptions.Default;
        if (version != CtcaeVersion.V5_0)
        {
            return NotGradable(ClinicalTerm.Fever, version, CtcaeNotGradableReason.UnsupportedVersion,
                $"Fever: {V6NotTranscribed}");
        }

        var celsius = input.Unit == FeverTemperatureUnit.Fahrenheit ? (input.MaxTemperature - 32m) * 5m / 9m : input.MaxTemperature;
        var shown = $"{input.MaxTemperature.ToString(CultureInfo.InvariantCulture)} °{(input.Unit == FeverTemperatureUnit.Fahrenheit ? "F" : "C")}"
            + (input.Unit == FeverTemperatureUnit.Fahrenheit ? $" ({decimal.Round(celsius, 2).ToString(CultureInfo.InvariantCulture)} °C)" : string.Empty);
        if (celsius is < 25m or > 45m || input.HoursAbove40C < 0m)
        {
            return new ClinicalGradingResult(ClinicalTerm.Fever, version, null, CtcaeNotGradableReason.InvalidInput, false, [], celsius,
                $"Fever: {shown} is not a plausible body temperature (25-45 °C) or the duration is negative.");
        }

        if (input.Death == true)
        {
            return Graded(ClinicalTerm.Fever, version, 5, false, [], celsius, $"Fever (CTCAE v5.0): grade 5 (death); {shown}.");
        }

        int grade;
        var policy = false;
        List<ClinicalFact> assumed = [];
        if (celsius < 38.0m)
        {
            grade = 0;
        }
        else if (celsius <= 39.0m)
        {
            grade = 1;
        }
        else if (celsius <= 40.0m)
        {
            grade = 2;
        }
        else if (input.HoursAbove40C is { } h)
        {
            grade = h > 24m ? 4 : 3;
        }
        else
        {
            assumed.Add(FeverDuration);
            switch (options.UnknownFactPolicy)
            {
                case ClinicalQualifierPolicy.WorstCase:
                    grade = 4;
                    policy = true;
                    break;
                case ClinicalQualifierPolicy.BestCase:
                    grade = 3;
                    policy = true;
                    break;
                default:
                    return new ClinicalGradingResult(ClinicalTerm.Fever, version, null, CtcaeNotGradableReason.ClinicalInputRequired, false, assumed, celsius,
                        $"Fever (CTCAE v5.0): {shown} is above 40.0 °C; G3 vs G4 needs the duration above 40.0 °C.");
            }
        }

        var text = $"Fever (CTCAE v5.0): grade {grade.ToString(CultureInfo.InvariantCulture)}" + (grade == 0 ? " (no fever)" : string.Empty) + $"; {shown}."
            + (policy ? $" Duration above 40.0 °C unknown: the {options.UnknownFactPolicy} policy decided." : string.Empty);
        return Graded(ClinicalTerm.Fever, version, grade, policy, policy ? assumed : [], celsius, text);
    }

    private static TermRule Rule(ClinicalTerm term) =>
        Rules.TryGetValue(term, out var r) ? r : throw new ArgumentOutOfRangeException(nameof(term), term, "Not a clinical term graded by MscDomain.");

    private static string Explain(string name, int grade, bool policy, List<ClinicalFact> assumed, ClinicalGradingOptions options) =>
        $"{name} (CTCAE v5.0): grade {grade.ToString(CultureInfo.InvariantCulture)}."
        + (policy ? $" Unknown facts decided by the {options.UnknownFactPolicy} policy: {string.Join(", ", assumed)}." : string.Empty);

    private static ClinicalGradingResult Graded(ClinicalTerm term, CtcaeVersion version, int grade, bool policy, List<ClinicalFact> assumed, decimal? celsius, string message) =>
        new(term, version, new CtcaeGrade(grade, version), CtcaeNotGradableReason.None, policy, assumed.ToArray(), celsius, message);

    private static ClinicalGradingResult NotGradable(ClinicalTerm term, CtcaeVersion version, CtcaeNotGradableReason reason, string message) =>
        new(term, version, null, reason, false, [], null, message);

    private sealed record TermRule(string Name, int Lowest, bool HasGrade5, (int Grade, ClinicalFact[] Facts)[] Bands)
    {
        public int Highest => HasGrade5 ? 5 : Bands.Length > 0 ? Bands[0].Grade : Lowest;
    }
}
