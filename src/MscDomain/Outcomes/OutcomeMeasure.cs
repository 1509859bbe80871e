using System.Text.Json.Serialization;

namespace MscDomain.Outcomes;

/// <summary>An outcome measure of the catalogue (outcomes-and-mechanisms.md §1); details in MeasureCatalogue.</summary>
public enum OutcomeMeasure
{
    /// <summary>Expanded Disability Status Scale (Kurtzke).</summary>
    [JsonStringEnumMemberName("edss")]
    Edss,

    /// <summary>Kurtzke functional system grades.</summary>
    [JsonStringEnumMemberName("kurtzke-functional-systems")]
    KurtzkeFunctionalSystems,

    /// <summary>Neurostatus ambulation score (0–16).</summary>
    [JsonStringEnumMemberName("ambulation-score")]
    AmbulationScore,

    /// <summary>Timed 25-foot walk (T25FW), seconds.</summary>
    [JsonStringEnumMemberName("timed-twenty-five-foot-walk")]
    TimedTwentyFiveFootWalk,

    /// <summary>9-hole peg test (9HPT), seconds per hand.</summary>
    [JsonStringEnumMemberName("nine-hole-peg-test")]
    NineHolePegTest,

    /// <summary>Paced auditory serial addition test, 3-second version (PASAT-3), correct of 60.</summary>
    [JsonStringEnumMemberName("pasat3")]
    Pasat3,

    /// <summary>Symbol digit modalities test (SDMT), correct of 110.</summary>
    [JsonStringEnumMemberName("sdmt")]
    Sdmt,

    /// <summary>Multiple sclerosis functional composite (MSFC), z-score.</summary>
    [JsonStringEnumMemberName("msfc")]
    Msfc,

    /// <summary>MS walking scale (MSWS-12), 0–100.</summary>
    [JsonStringEnumMemberName("msws12")]
    Msws12,

    /// <summary>6-minute walk distance, metres.</summary>
    [JsonStringEnumMemberName("six-minute-walk")]
    SixMinuteWalk,

    /// <summary>Low-contrast letter acuity (Sloan), letters correct per eye.</summary>
    [JsonStringEnumMemberName("low-contrast-letter-acuity")]
    LowContrastLetterAcuity,

    /// <summary>Visual acuity, logMAR.</summary>
    [JsonStringEnumMemberName("visual-acuity")]
    VisualAcuity,

    /// <summary>Gadolinium-enhancing lesion count.</summary>
    [JsonStringEnumMemberName("gd-enhancing-lesions")]
    GdEnhancingLesions,

    /// <summary>New or enlarging T2 lesion count.</summary>
    [JsonStringEnumMemberName("new-or-enlarging-t2-lesions")]
    NewOrEnlargingT2Lesions,

    /// <summary>Combined unique active lesions.</summary>
    [JsonStringEnumMemberName("combined-unique-active-lesions")]
    CombinedUniqueActiveLesions,

    /// <summary>T2 lesion volume, mL.</summary>
    [JsonStringEnumMemberName("t2-lesion-volume")]
    T2LesionVolume,

    /// <summary>T1 black-hole volume, mL.</summary>
    [JsonStringEnumMemberName("t1-black-hole-volume")]
    T1BlackHoleVolume,

    /// <summary>Percent brain volume change per year (PBVC).</summary>
    [JsonStringEnumMemberName("brain-volume-change")]
    BrainVolumeChange,

    /// <summary>Magnetisation transfer ratio.</summary>
    [JsonStringEnumMemberName("magnetisation-transfer-ratio")]
    MagnetisationTransferRatio,

    /// <summary>OCT peripapillary retinal nerve fibre layer thickness, µm.</summary>
    [JsonStringEnumMemberName("oct-rnfl")]
    OctRnfl,

    /// <summary>OCT ganglion cell–inner plexiform layer thickness, µm.</summary>
    [JsonStringEnumMemberName("oct-gcipl")]
    OctGcipl,

    /// <summary>OCT macular volume, mm³.</summary>
    [JsonStringEnumMemberName("oct-macular-volume")]
    OctMacularVolume,

    /// <summary>Visual evoked potential P100 latency, ms.</summary>
    [JsonStringEnumMemberName("vep-p100-latency")]
    VepP100Latency,

    /// <summary>Serum neurofilament light chain, pg/mL.</summary>
    [JsonStringEnumMemberName("serum-nfl")]
    SerumNfl,

    /// <summary>CSF neurofilament light chain, pg/mL.</summary>
    [JsonStringEnumMemberName("csf-nfl")]
    CsfNfl,

    /// <summary>Serum glial fibrillary acidic protein, pg/mL.</summary>
    [JsonStringEnumMemberName("serum-gfap")]
    SerumGfap,

    /// <summary>Relapse count / annualised relapse rate.</summary>
    [JsonStringEnumMemberName("relapses")]
    Relapses,

    /// <summary>Another measure, named in the observation.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
