namespace MscDomain.Safety;

/// <summary>The seriousness criteria and outcome of one reaction in an ICH E2B(R3) individual case safety report (ICSR).</summary>
/// <remarks>
/// E2B(R3) E.i.3.2a–f are independent Booleans that are either <see langword="true"/> or left blank (null flavour NI);
/// <see langword="false"/> is not a valid value, and all are blank when the reaction is not serious. E.i.7 outcome:
/// 0 unknown, 1 recovered/resolved, 2 recovering/resolving, 3 not recovered/not resolved/ongoing,
/// 4 recovered/resolved with sequelae, 5 fatal.
/// </remarks>
/// <param name="ResultsInDeath">E.i.3.2a results in death.</param>
/// <param name="LifeThreatening">E.i.3.2b life threatening.</param>
/// <param name="Hospitalisation">E.i.3.2c caused / prolonged hospitalisation.</param>
/// <param name="Disability">E.i.3.2d disabling / incapacitating.</param>
/// <param name="CongenitalAnomaly">E.i.3.2e congenital anomaly / birth defect.</param>
/// <param name="OtherMedicallyImportant">E.i.3.2f other medically important condition.</param>
/// <param name="Outcome">E.i.7 outcome of the reaction at the time of last observation (0–5); <see langword="null"/> when absent.</param>
/// <param name="PatientDeath">Section D.9 (date of death, reported cause, autopsy) when the patient died; <see langword="null"/> otherwise.
/// E.i.7 = 5 (fatal) only when the death is possibly related to this reaction; a death with another cause is reported here only
/// (ICH E2B(R3) IG D.9, E.i.7).</param>
public sealed record E2bSeriousness(
    bool? ResultsInDeath,
    bool? LifeThreatening,
    bool? Hospitalisation,
    bool? Disability,
    bool? CongenitalAnomaly,
    bool? OtherMedicallyImportant,
    int? Outcome,
    MscDomain.AdverseEvents.PatientDeath? PatientDeath = null);
