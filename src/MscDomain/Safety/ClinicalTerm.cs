using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>
/// A CTCAE v5.0 clinical (non-lab) term common in MSC (mesenchymal stromal cell) trials, graded by
/// <see cref="CtcaeClinicalGrader"/> from a <see cref="ClinicalGradingCriteria"/> record.
/// </summary>
/// <remarks>Source: NCI CTCAE v5.0 (2017), paraphrased in safety.md §8. v6.0 clinical criteria are not transcribed
/// (safety.md §8 [R]); grading under v6.0 returns <see cref="CtcaeNotGradableReason.UnsupportedVersion"/>.</remarks>
public enum ClinicalTerm
{
    /// <summary>Not a term (<c>default</c>).</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>"Fever" (General disorders), v5.0: G1 38.0-39.0 °C; G2 &gt;39.0-40.0 °C; G3 &gt;40.0 °C ≤24 h; G4 &gt;40.0 °C &gt;24 h; G5 death. Graded by <see cref="CtcaeClinicalGrader.GradeFever"/>.</summary>
    [JsonStringEnumMemberName("fever")]
    Fever,

    /// <summary>"Infusion related reaction" (Injury, poisoning and procedural complications), v5.0: G1 mild transient; G2 infusion interruption indicated; G3 prolonged or recurrent, hospitalisation for sequelae; G4 life-threatening, urgent intervention; G5 death.</summary>
    [JsonStringEnumMemberName("infusion-related-reaction")]
    InfusionRelatedReaction,

    /// <summary>"Allergic reaction" (Immune system disorders), v5.0: G1 systemic intervention not indicated; G2 oral intervention; G3 bronchospasm, IV intervention, hospitalisation; G4 life-threatening; G5 death.</summary>
    [JsonStringEnumMemberName("allergic-reaction")]
    AllergicReaction,

    /// <summary>"Anaphylaxis" (Immune system disorders), v5.0: G3 symptomatic bronchospasm, hypotension (lowest grade); G4 life-threatening; G5 death.</summary>
    [JsonStringEnumMemberName("anaphylaxis")]
    Anaphylaxis,

    /// <summary>"Thromboembolic event" (Vascular disorders), v5.0: G1 no intervention; G2 medical intervention; G3 urgent medical intervention (e.g. pulmonary embolism); G4 haemodynamic or neurologic instability; G5 death.</summary>
    [JsonStringEnumMemberName("thromboembolic-event")]
    ThromboembolicEvent,

    /// <summary>"Headache" (Nervous system disorders), v5.0: G1 mild; G2 moderate, limits instrumental ADL; G3 severe, limits self-care ADL. No G4/G5.</summary>
    [JsonStringEnumMemberName("headache")]
    Headache,

    /// <summary>"Cerebrospinal fluid leakage" (Nervous system disorders), v5.0, post-lumbar-puncture branch: G1 transient headache, postural care; G2 moderate symptoms, blood patch; G3 severe symptoms, medical intervention; G4 life-threatening; G5 death.</summary>
    [JsonStringEnumMemberName("cerebrospinal-fluid-leakage")]
    CerebrospinalFluidLeakage,

    /// <summary>"Meningismus" (Nervous system disorders), v5.0: G1 mild; G2 moderate, limits instrumental ADL; G3 severe, limits self-care ADL; G4 life-threatening; G5 death.</summary>
    [JsonStringEnumMemberName("meningismus")]
    Meningismus,

    /// <summary>"Arachnoiditis" (Nervous system disorders), v5.0: grades as <see cref="Meningismus"/>.</summary>
    [JsonStringEnumMemberName("arachnoiditis")]
    Arachnoiditis,

    /// <summary>"Meningitis" (Infections and infestations), v5.0: G3 IV anti-infective, invasive intervention, focal deficit (lowest grade); G4 life-threatening; G5 death.</summary>
    [JsonStringEnumMemberName("meningitis")]
    Meningitis,

    /// <summary>"Upper respiratory infection" (Infections), v5.0: G2 oral anti-infective (lowest grade); G3 IV anti-infective or invasive intervention; G4 life-threatening; G5 death.</summary>
    [JsonStringEnumMemberName("upper-respiratory-infection")]
    UpperRespiratoryInfection,

    /// <summary>"Urinary tract infection" (Infections), v5.0: as <see cref="UpperRespiratoryInfection"/>.</summary>
    [JsonStringEnumMemberName("urinary-tract-infection")]
    UrinaryTractInfection,

    /// <summary>"Lung infection" (Infections), v5.0: as <see cref="UpperRespiratoryInfection"/>.</summary>
    [JsonStringEnumMemberName("lung-infection")]
    LungInfection,

    /// <summary>"Sepsis" (Infections), v5.0: G3 blood culture positive with signs or symptoms (lowest grade); G4 life-threatening; G5 death.</summary>
    [JsonStringEnumMemberName("sepsis")]
    Sepsis,

    /// <summary>"Injection site reaction" (General disorders), v5.0: G1 tenderness; G2 pain, lipodystrophy, oedema, phlebitis; G3 ulceration or necrosis, severe tissue damage, operative intervention; G4 life-threatening; G5 death.</summary>
    [JsonStringEnumMemberName("injection-site-reaction")]
    InjectionSiteReaction,

    /// <summary>"Treatment related secondary malignancy" (Neoplasms), v5.0: G3 non-life-threatening (lowest grade); G4 acute life-threatening; G5 death.</summary>
    [JsonStringEnumMemberName("treatment-related-secondary-malignancy")]
    TreatmentRelatedSecondaryMalignancy,

    /// <summary>"Back pain" (Musculoskeletal), v5.0: G1 mild; G2 moderate, limits instrumental ADL; G3 severe, limits self-care ADL.</summary>
    [JsonStringEnumMemberName("back-pain")]
    BackPain,

    /// <summary>"Neck pain" (Musculoskeletal), v5.0: as <see cref="BackPain"/>.</summary>
    [JsonStringEnumMemberName("neck-pain")]
    NeckPain,

    /// <summary>"Chills" (General disorders), v5.0: G1 mild; G2 moderate; G3 severe or prolonged, not responsive to narcotics.</summary>
    [JsonStringEnumMemberName("chills")]
    Chills,

    /// <summary>"Fatigue" (General disorders), v5.0: G1 relieved by rest; G2 not relieved by rest, limits instrumental ADL; G3 limits self-care ADL.</summary>
    [JsonStringEnumMemberName("fatigue")]
    Fatigue,
}
