namespace MscDomain.Safety;

/// <summary>
/// The structured facts of one clinical adverse event that CTCAE grading reads. Every fact is nullable:
/// <see langword="null"/> = unknown, decided by <see cref="ClinicalGradingOptions.UnknownFactPolicy"/>.
/// </summary>
/// <remarks>A fact that a term does not use is ignored. Supply <see langword="false"/> explicitly for facts known not
/// to apply; under the default worst-case policy an unknown fact of a more severe band makes that band the grade.</remarks>
public sealed record ClinicalGradingCriteria
{
    /// <summary>Death related to the event (grade 5). Never assumed when unknown.</summary>
    public bool? Death { get; init; }

    /// <summary>Life-threatening consequences.</summary>
    public bool? LifeThreatening { get; init; }

    /// <summary>Urgent intervention indicated.</summary>
    public bool? UrgentInterventionIndicated { get; init; }

    /// <summary>Hospitalisation indicated (or admission for sequelae).</summary>
    public bool? HospitalizationIndicated { get; init; }

    /// <summary>Severity in CTCAE's words.</summary>
    public ClinicalSeverity? Severity { get; init; }

    /// <summary>Limits instrumental activities of daily living (ADL: preparing meals, shopping, using the telephone, managing money).</summary>
    public bool? LimitsInstrumentalAdl { get; init; }

    /// <summary>Limits self-care ADL (bathing, dressing, feeding, toileting, taking medications; not bedridden).</summary>
    public bool? LimitsSelfCareAdl { get; init; }

    /// <summary>Infusion interruption indicated.</summary>
    public bool? InfusionInterruptionIndicated { get; init; }

    /// <summary>Prolonged reaction or recurrence after initial improvement.</summary>
    public bool? ProlongedOrRecurrent { get; init; }

    /// <summary>Oral intervention indicated (oral anti-infective, oral antihistamine, ...).</summary>
    public bool? OralInterventionIndicated { get; init; }

    /// <summary>IV intervention indicated (IV antibiotics, antifungals, antivirals, IV medication).</summary>
    public bool? IvInterventionIndicated { get; init; }

    /// <summary>Invasive intervention indicated (radiologic, endoscopic or operative).</summary>
    public bool? InvasiveInterventionIndicated { get; init; }

    /// <summary>Medical intervention indicated.</summary>
    public bool? MedicalInterventionIndicated { get; init; }

    /// <summary>Symptomatic bronchospasm.</summary>
    public bool? Bronchospasm { get; init; }

    /// <summary>Epidural blood patch indicated.</summary>
    public bool? BloodPatchIndicated { get; init; }

    /// <summary>Haemodynamic or neurologic instability.</summary>
    public bool? HemodynamicOrNeurologicInstability { get; init; }

    /// <summary>Ulceration or necrosis, severe tissue damage.</summary>
    public bool? UlcerationOrNecrosis { get; init; }

    /// <summary>Pain, lipodystrophy, oedema or phlebitis at the site.</summary>
    public bool? LocalPainEdemaOrPhlebitis { get; init; }

    /// <summary>The grade whose CTCAE wording the source uses for the event ("lower-band wording"), e.g. 1 for an infusion-related
    /// reaction described as "mild transient reaction", 2 for one that "responds promptly to symptomatic treatment", 1 for a post-LP
    /// CSF leak with "postural care indicated", 1 for a superficial thrombosis with "intervention not indicated";
    /// <see langword="null"/> when the source does not describe the grade.</summary>
    /// <remarks>The wording of a CTCAE grade excludes the more severe bands' descriptions, so facts of bands above this grade that
    /// are left unknown are taken as false (a fact set to true still counts, and is flagged as contradicting the wording). Source:
    /// NCI CTCAE v5.0 (each grade's text describes the event at that severity; safety.md §2, §8). Must be a grade the term has.</remarks>
    public int? DescribedGrade { get; init; }

    internal bool? Get(ClinicalFact fact) => fact switch
    {
        ClinicalFact.Death => Death,
        ClinicalFact.LifeThreatening => LifeThreatening,
        ClinicalFact.UrgentInterventionIndicated => UrgentInterventionIndicated,
        ClinicalFact.HospitalizationIndicated => HospitalizationIndicated,
        ClinicalFact.SeverityModerate => Severity is { } s ? s == ClinicalSeverity.Moderate : null,
        ClinicalFact.SeveritySevere => Severity is { } s2 ? s2 == ClinicalSeverity.Severe : null,
        ClinicalFact.LimitsInstrumentalAdl => LimitsInstrumentalAdl,
        ClinicalFact.LimitsSelfCareAdl => LimitsSelfCareAdl,
        ClinicalFact.InfusionInterruptionIndicated => InfusionInterruptionIndicated,
        ClinicalFact.ProlongedOrRecurrent => ProlongedOrRecurrent,
        ClinicalFact.OralInterventionIndicated => OralInterventionIndicated,
        ClinicalFact.IvInterventionIndicated => IvInterventionIndicated,
        ClinicalFact.InvasiveInterventionIndicated => InvasiveInterventionIndicated,
        ClinicalFact.MedicalInterventionIndicated => MedicalInterventionIndicated,
        ClinicalFact.Bronchospasm => Bronchospasm,
        ClinicalFact.BloodPatchIndicated => BloodPatchIndicated,
        ClinicalFact.HemodynamicOrNeurologicInstability => HemodynamicOrNeurologicInstability,
        ClinicalFact.UlcerationOrNecrosis => UlcerationOrNecrosis,
        ClinicalFact.LocalPainEdemaOrPhlebitis => LocalPainEdemaOrPhlebitis,
        _ => null,
    };
}
