using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Outcomes;

/// <summary>An outcome measure of the catalogue (outcomes-and-mechanisms.md §1); details in MeasureCatalogue.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<OutcomeMeasure>))]
public enum OutcomeMeasure
{
    /// <summary>Expanded Disability Status Scale (Kurtzke).</summary>
    Edss,

    /// <summary>Kurtzke functional system grades.</summary>
    KurtzkeFunctionalSystems,

    /// <summary>Neurostatus ambulation score (0–16).</summary>
    AmbulationScore,

    /// <summary>Timed 25-foot walk (T25FW), seconds.</summary>
    TimedTwentyFiveFootWalk,

    /// <summary>9-hole peg test (9HPT), seconds per hand.</summary>
    NineHolePegTest,

    /// <summary>Paced auditory serial addition test, 3-second version (PASAT-3), correct of 60.</summary>
    Pasat3,

    /// <summary>Symbol digit modalities test (SDMT), correct of 110.</summary>
    Sdmt,

    /// <summary>Multiple sclerosis functional composite (MSFC), z-score.</summary>
    Msfc,

    /// <summary>MS walking scale (MSWS-12), 0–100.</summary>
    Msws12,

    /// <summary>6-minute walk distance, metres.</summary>
    SixMinuteWalk,

    /// <summary>Low-contrast letter acuity (Sloan), letters correct per eye.</summary>
    LowContrastLetterAcuity,

    /// <summary>Visual acuity, logMAR.</summary>
    VisualAcuity,

    /// <summary>Gadolinium-enhancing lesion count.</summary>
    GdEnhancingLesions,

    /// <summary>New or enlarging T2 lesion count.</summary>
    NewOrEnlargingT2Lesions,

    /// <summary>Combined unique active lesions.</summary>
    CombinedUniqueActiveLesions,

    /// <summary>T2 lesion volume, mL.</summary>
    T2LesionVolume,

    /// <summary>T1 black-hole volume, mL.</summary>
    T1BlackHoleVolume,

    /// <summary>Percent brain volume change per year (PBVC).</summary>
    BrainVolumeChange,

    /// <summary>Magnetisation transfer ratio.</summary>
    MagnetisationTransferRatio,

    /// <summary>OCT peripapillary retinal nerve fibre layer thickness, µm.</summary>
    OctRnfl,

    /// <summary>OCT ganglion cell–inner plexiform layer thickness, µm.</summary>
    OctGcipl,

    /// <summary>OCT macular volume, mm³.</summary>
    OctMacularVolume,

    /// <summary>Visual evoked potential P100 latency, ms.</summary>
    VepP100Latency,

    /// <summary>Serum neurofilament light chain, pg/mL.</summary>
    SerumNfl,

    /// <summary>CSF neurofilament light chain, pg/mL.</summary>
    CsfNfl,

    /// <summary>Serum glial fibrillary acidic protein, pg/mL.</summary>
    SerumGfap,

    /// <summary>Relapse count / annualised relapse rate.</summary>
    Relapses,

    /// <summary>Another measure, named in the observation.</summary>
    Other,
}
