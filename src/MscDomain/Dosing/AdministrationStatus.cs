using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>The state of one administration (products-and-dosing.md §4.1; SDTM EC ECMOOD/ECOCCUR, FHIR MedicationAdministration.status).</summary>
public enum AdministrationStatus
{
    /// <summary>Scheduled, not yet performed (ECMOOD = SCHEDULED).</summary>
    [JsonStringEnumMemberName("planned")]
    Planned,

    /// <summary>Given as planned (ECMOOD = PERFORMED).</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary>Started but not completed (e.g. infusion stopped).</summary>
    [JsonStringEnumMemberName("partial")]
    Partial,

    /// <summary>Not given, with a reason (ECOCCUR = N + ECREASOC; FHIR not-done).</summary>
    [JsonStringEnumMemberName("not-given")]
    NotGiven,

    /// <summary>Randomised/allocated but never dosed, e.g. the product failed a release test (Fernández 2018: karyotype); distinct from withdrawal.</summary>
    [JsonStringEnumMemberName("allocated-not-dosed")]
    AllocatedNotDosed,
}
