using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>One fact of a <see cref="ClinicalGradingCriteria"/> record that a CTCAE clinical grade depends on.</summary>
public enum ClinicalFact
{
    /// <summary>Death related to the event (grade 5; never assumed).</summary>
    [JsonStringEnumMemberName("death")]
    Death = 1,

    /// <summary>Life-threatening consequences.</summary>
    [JsonStringEnumMemberName("life-threatening")]
    LifeThreatening,

    /// <summary>Urgent intervention indicated.</summary>
    [JsonStringEnumMemberName("urgent-intervention-indicated")]
    UrgentInterventionIndicated,

    /// <summary>Hospitalisation indicated (or admission for sequelae).</summary>
    [JsonStringEnumMemberName("hospitalization-indicated")]
    HospitalizationIndicated,

    /// <summary>Severity was moderate.</summary>
    [JsonStringEnumMemberName("severity-moderate")]
    SeverityModerate,

    /// <summary>Severity was severe.</summary>
    [JsonStringEnumMemberName("severity-severe")]
    SeveritySevere,

    /// <summary>Limits instrumental activities of daily living (ADL).</summary>
    [JsonStringEnumMemberName("limits-instrumental-adl")]
    LimitsInstrumentalAdl,

    /// <summary>Limits self-care ADL.</summary>
    [JsonStringEnumMemberName("limits-self-care-adl")]
    LimitsSelfCareAdl,

    /// <summary>Infusion interruption indicated (infusion related reaction G2).</summary>
    [JsonStringEnumMemberName("infusion-interruption-indicated")]
    InfusionInterruptionIndicated,

    /// <summary>Prolonged, or recurrence after initial improvement (infusion related reaction G3).</summary>
    [JsonStringEnumMemberName("prolonged-or-recurrent")]
    ProlongedOrRecurrent,

    /// <summary>Oral intervention (e.g. oral antibiotics, oral antihistamines) indicated.</summary>
    [JsonStringEnumMemberName("oral-intervention-indicated")]
    OralInterventionIndicated,

    /// <summary>IV intervention (e.g. IV antibiotics, IV medication) indicated.</summary>
    [JsonStringEnumMemberName("iv-intervention-indicated")]
    IvInterventionIndicated,

    /// <summary>Invasive (radiologic, endoscopic or operative) intervention indicated.</summary>
    [JsonStringEnumMemberName("invasive-intervention-indicated")]
    InvasiveInterventionIndicated,

    /// <summary>Medical intervention indicated.</summary>
    [JsonStringEnumMemberName("medical-intervention-indicated")]
    MedicalInterventionIndicated,

    /// <summary>Symptomatic bronchospasm.</summary>
    [JsonStringEnumMemberName("bronchospasm")]
    Bronchospasm,

    /// <summary>Epidural blood patch indicated (CSF leakage G2).</summary>
    [JsonStringEnumMemberName("blood-patch-indicated")]
    BloodPatchIndicated,

    /// <summary>Haemodynamic or neurologic instability (thromboembolic event G4).</summary>
    [JsonStringEnumMemberName("hemodynamic-or-neurologic-instability")]
    HemodynamicOrNeurologicInstability,

    /// <summary>Ulceration or necrosis, severe tissue damage (injection site reaction G3).</summary>
    [JsonStringEnumMemberName("ulceration-or-necrosis")]
    UlcerationOrNecrosis,

    /// <summary>Pain, lipodystrophy, oedema or phlebitis at the site (injection site reaction G2).</summary>
    [JsonStringEnumMemberName("local-pain-edema-or-phlebitis")]
    LocalPainEdemaOrPhlebitis,

    /// <summary>Duration of fever above 40.0 °C is known (fever G3 vs G4).</summary>
    [JsonStringEnumMemberName("fever-duration")]
    FeverDuration,
}
