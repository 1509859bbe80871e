using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>One fact of a <see cref="ClinicalGradingCriteria"/> record that a CTCAE clinical grade depends on.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ClinicalFact>))]
public enum ClinicalFact
{
    /// <summary>Death related to the event (grade 5; never assumed).</summary>
    Death = 1,

    /// <summary>Life-threatening consequences.</summary>
    LifeThreatening,

    /// <summary>Urgent intervention indicated.</summary>
    UrgentInterventionIndicated,

    /// <summary>Hospitalisation indicated (or admission for sequelae).</summary>
    HospitalizationIndicated,

    /// <summary>Severity was moderate.</summary>
    SeverityModerate,

    /// <summary>Severity was severe.</summary>
    SeveritySevere,

    /// <summary>Limits instrumental activities of daily living (ADL).</summary>
    LimitsInstrumentalAdl,

    /// <summary>Limits self-care ADL.</summary>
    LimitsSelfCareAdl,

    /// <summary>Infusion interruption indicated (infusion related reaction G2).</summary>
    InfusionInterruptionIndicated,

    /// <summary>Prolonged, or recurrence after initial improvement (infusion related reaction G3).</summary>
    ProlongedOrRecurrent,

    /// <summary>Oral intervention (e.g. oral antibiotics, oral antihistamines) indicated.</summary>
    OralInterventionIndicated,

    /// <summary>IV intervention (e.g. IV antibiotics, IV medication) indicated.</summary>
    IvInterventionIndicated,

    /// <summary>Invasive (radiologic, endoscopic or operative) intervention indicated.</summary>
    InvasiveInterventionIndicated,

    /// <summary>Medical intervention indicated.</summary>
    MedicalInterventionIndicated,

    /// <summary>Symptomatic bronchospasm.</summary>
    Bronchospasm,

    /// <summary>Epidural blood patch indicated (CSF leakage G2).</summary>
    BloodPatchIndicated,

    /// <summary>Haemodynamic or neurologic instability (thromboembolic event G4).</summary>
    HemodynamicOrNeurologicInstability,

    /// <summary>Ulceration or necrosis, severe tissue damage (injection site reaction G3).</summary>
    UlcerationOrNecrosis,

    /// <summary>Pain, lipodystrophy, oedema or phlebitis at the site (injection site reaction G2).</summary>
    LocalPainEdemaOrPhlebitis,

    /// <summary>Duration of fever above 40.0 °C is known (fever G3 vs G4).</summary>
    FeverDuration,
}
