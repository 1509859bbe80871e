using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Dosing;

/// <summary>The state of one administration (products-and-dosing.md §4.1; SDTM EC ECMOOD/ECOCCUR, FHIR MedicationAdministration.status).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<AdministrationStatus>))]
public enum AdministrationStatus
{
    /// <summary>Scheduled, not yet performed (ECMOOD = SCHEDULED).</summary>
    Planned,

    /// <summary>Given as planned (ECMOOD = PERFORMED).</summary>
    Completed,

    /// <summary>Started but not completed (e.g. infusion stopped).</summary>
    Partial,

    /// <summary>Not given, with a reason (ECOCCUR = N + ECREASOC; FHIR not-done).</summary>
    NotGiven,

    /// <summary>Randomised/allocated but never dosed, e.g. the product failed a release test (Fernández 2018: karyotype); distinct from withdrawal.</summary>
    AllocatedNotDosed,
}
