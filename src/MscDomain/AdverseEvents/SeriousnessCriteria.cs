using System.Text.Json.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>
/// The ICH E2A seriousness criteria that hold for an adverse event, as a set of flags (several may hold at once).
/// </summary>
/// <remarks>
/// <para>ICH E2A (CPMP/ICH/377/95): an adverse event is serious if and only if it results in death, is
/// life-threatening (at risk of death at the time of the event), requires inpatient hospitalisation or
/// prolongs an existing one, results in persistent or significant disability/incapacity, is a congenital
/// anomaly/birth defect, or is an important medical event in medical and scientific judgement.</para>
/// <para>Mapping: SDTM AESDTH, AESLIFE, AESHOSP, AESDISAB, AESCONG, AESMIE; ICH E2B(R3) E.i.3.2a to E.i.3.2f.
/// <see cref="None"/> (the default) means no criterion holds, i.e. not serious.</para>
/// <para>On the wire the set is a comma-separated string of kebab-case member names (<c>"death, life-threatening"</c>; <c>"none"</c> for no criterion).</para>
/// </remarks>
[Flags]
public enum SeriousnessCriteria
{
    /// <summary>No seriousness criterion holds: the event is not serious.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>Results in death (SDTM AESDTH; E2B E.i.3.2a; NCIt C48275).</summary>
    [JsonStringEnumMemberName("death")]
    Death = 1,

    /// <summary>Life-threatening: the patient was at risk of death at the time of the event (SDTM AESLIFE; E2B E.i.3.2b; NCIt C84266).</summary>
    [JsonStringEnumMemberName("life-threatening")]
    LifeThreatening = 2,

    /// <summary>Requires inpatient hospitalisation or prolongation of an existing hospitalisation (SDTM AESHOSP; E2B E.i.3.2c; NCIt C83052).</summary>
    [JsonStringEnumMemberName("hospitalisation")]
    Hospitalisation = 4,

    /// <summary>Results in persistent or significant disability/incapacity (SDTM AESDISAB; E2B E.i.3.2d; NCIt C11338).</summary>
    [JsonStringEnumMemberName("disability")]
    Disability = 8,

    /// <summary>Is a congenital anomaly/birth defect (SDTM AESCONG; E2B E.i.3.2e; NCIt C83117).</summary>
    [JsonStringEnumMemberName("congenital-anomaly")]
    CongenitalAnomaly = 16,

    /// <summary>Other important medical event by medical and scientific judgement (SDTM AESMIE; E2B E.i.3.2f; NCIt C82521).</summary>
    [JsonStringEnumMemberName("important-medical-event")]
    ImportantMedicalEvent = 32,
}
