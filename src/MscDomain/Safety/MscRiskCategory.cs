using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>An adverse-event risk category specific to MSC (mesenchymal stromal/stem cell) therapy, with a route and time window
/// (safety.md §12.1).</summary>
/// <remarks>The category of an event is the user's (or a MedDRA query's) decision; the library only evaluates the windows.</remarks>
public enum MscRiskCategory
{
    /// <summary>Infusion-related reaction: IV; during infusion or within 24 h (trial convention; POLICY default).</summary>
    [JsonStringEnumMemberName("infusion-reaction")]
    InfusionReaction = 0,

    /// <summary>Acute fever: IV and IT; protocol window (no standard). Lalu 2012, Wang 2021 (fever OR 3.65).</summary>
    [JsonStringEnumMemberName("acute-fever")]
    AcuteFever = 1,

    /// <summary>Post-dural-puncture headache: IT, diagnostic or sham LP; onset within 5 days (ICHD-3 7.2.1).</summary>
    [JsonStringEnumMemberName("post-dural-puncture-headache")]
    PostDuralPunctureHeadache = 2,

    /// <summary>Headache attributed to intrathecal injection: IT; onset within 4 days (ICHD-3 7.5).</summary>
    [JsonStringEnumMemberName("intrathecal-injection-headache")]
    IntrathecalInjectionHeadache = 3,

    /// <summary>Local or procedural pain (LP, bone-marrow aspiration, lipectomy): procedure; protocol window. Attribute to the procedure.</summary>
    [JsonStringEnumMemberName("procedural-pain")]
    ProceduralPain = 4,

    /// <summary>Aseptic inflammatory CSF reaction / meningismus: IT; protocol window. Not to be auto-classified as meningitis.</summary>
    [JsonStringEnumMemberName("aseptic-csf-reaction")]
    AsepticCsfReaction = 5,

    /// <summary>Arachnoiditis / lumbar nerve-root clumping: IT; no fixed window (link to spinal MRI; Cohen et al. 2023).</summary>
    [JsonStringEnumMemberName("arachnoiditis")]
    Arachnoiditis = 6,

    /// <summary>Thrombo-embolism: IV; protocol window (tissue factor / CD142, instant blood-mediated inflammatory reaction; Moll 2012, 2022).</summary>
    [JsonStringEnumMemberName("thromboembolism")]
    Thromboembolism = 7,

    /// <summary>Infection (product contamination; donor-derived for allogeneic products): any route; protocol window.</summary>
    [JsonStringEnumMemberName("infection")]
    Infection = 8,

    /// <summary>Ectopic tissue or tumour formation: any route; long-term adverse event of special interest, no window.</summary>
    [JsonStringEnumMemberName("ectopic-tissue")]
    EctopicTissue = 9,
}
