using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>
/// A CTCAE term that MscDomain grades from a laboratory value (one direction per term).
/// </summary>
/// <remarks>
/// Criteria: NCI CTCAE v5.0 (2017) and v6.0 (2025) as encoded in pharmaverse admiral's lab-grading
/// metadata (safety.md §5). <see cref="LabTermCatalog"/> gives each term's CTCAE name per version and
/// resolves names case-insensitively. A term that exists in only one version is "not gradable"
/// (<see cref="CtcaeNotGradableReason.UnsupportedVersion"/>) in the other.
/// </remarks>
public enum LabTerm
{
    /// <summary>Not a term (<c>default</c>); grading it gives <see cref="CtcaeNotGradableReason.UnknownTerm"/>.</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>"Anemia" (Blood and lymphatic system disorders), haemoglobin, low; v5.0 and v6.0; g/L, g/dL, mmol/L.</summary>
    [JsonStringEnumMemberName("anemia")]
    Anemia,

    /// <summary>"Hemoglobin increased" (Investigations), high, ULN + 20/40 g/L (2/4 g/dL); v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hemoglobin-increased")]
    HemoglobinIncreased,

    /// <summary>"Leukocytosis" (Blood), white cells &gt;100 ×10⁹/L; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("leukocytosis")]
    Leukocytosis,

    /// <summary>"White blood cell decreased" (Investigations), low; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("white-blood-cell-decreased")]
    WhiteBloodCellDecreased,

    /// <summary>"Neutrophil count decreased" (Investigations), low; v5.0 (LLN-based G1) and v6.0 (absolute only).</summary>
    [JsonStringEnumMemberName("neutrophil-count-decreased")]
    NeutrophilCountDecreased,

    /// <summary>"Lymphocyte count decreased" (Investigations), low; v5.0 only (not in admiral's v6.0 set).</summary>
    [JsonStringEnumMemberName("lymphocyte-count-decreased")]
    LymphocyteCountDecreased,

    /// <summary>"Lymphocyte count increased" (Investigations), high; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("lymphocyte-count-increased")]
    LymphocyteCountIncreased,

    /// <summary>"CD4 lymphocytes decreased" (Investigations), low; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("cd4-lymphocytes-decreased")]
    Cd4LymphocytesDecreased,

    /// <summary>"Platelet count decreased" (v5.0, Investigations), renamed "Thrombocytopenia" in v6.0 (G3 10-&lt;50, G4 &lt;10 ×10⁹/L).</summary>
    [JsonStringEnumMemberName("platelet-count-decreased")]
    PlateletCountDecreased,

    /// <summary>"Activated partial thromboplastin time prolonged" (Investigations), ×ULN; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("activated-partial-thromboplastin-time-prolonged")]
    ActivatedPartialThromboplastinTimeProlonged,

    /// <summary>"INR increased" (Investigations), absolute and ×baseline if on anticoagulation; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("inr-increased")]
    InrIncreased,

    /// <summary>"Fibrinogen decreased" (Investigations), ×LLN, percent fall from baseline, absolute &lt;0.5 g/L; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("fibrinogen-decreased")]
    FibrinogenDecreased,

    /// <summary>"Haptoglobin decreased" (Investigations), &lt;LLN; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("haptoglobin-decreased")]
    HaptoglobinDecreased,

    /// <summary>"Alanine aminotransferase increased" (Investigations), ×ULN or ×baseline when baseline abnormal; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("alanine-aminotransferase-increased")]
    AlanineAminotransferaseIncreased,

    /// <summary>"Aspartate aminotransferase increased" (Investigations), ×ULN or ×baseline when baseline abnormal; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("aspartate-aminotransferase-increased")]
    AspartateAminotransferaseIncreased,

    /// <summary>"Blood bilirubin increased" (Investigations), ×ULN or ×baseline when baseline abnormal; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("blood-bilirubin-increased")]
    BloodBilirubinIncreased,

    /// <summary>"Alkaline phosphatase increased" (Investigations); v5.0 ×ULN/×baseline; v6.0 G1 only (&gt; baseline and &gt; ULN).</summary>
    [JsonStringEnumMemberName("alkaline-phosphatase-increased")]
    AlkalinePhosphataseIncreased,

    /// <summary>"GGT increased" (Investigations), ×ULN or ×baseline when baseline abnormal; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("ggt-increased")]
    GgtIncreased,

    /// <summary>"Creatinine increased" (Investigations), ×ULN and ×baseline; v5.0 and v6.0 (×baseline only if baseline &lt; LLN).</summary>
    [JsonStringEnumMemberName("creatinine-increased")]
    CreatinineIncreased,

    /// <summary>"Creatinine clearance decreased" (v6.0 only), mL/min.</summary>
    [JsonStringEnumMemberName("creatinine-clearance-decreased")]
    CreatinineClearanceDecreased,

    /// <summary>"CPK increased" (Investigations), ×ULN; v5.0 only (not in admiral's v6.0 set).</summary>
    [JsonStringEnumMemberName("cpk-increased")]
    CpkIncreased,

    /// <summary>"Blood lactate dehydrogenase increased" (Investigations), &gt;ULN; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("blood-lactate-dehydrogenase-increased")]
    BloodLactateDehydrogenaseIncreased,

    /// <summary>"Lipase increased" (Investigations), ×ULN with symptom qualifiers; v5.0 and v6.0 (cut at 3.0 ×ULN).</summary>
    [JsonStringEnumMemberName("lipase-increased")]
    LipaseIncreased,

    /// <summary>"Serum amylase increased" (Investigations), ×ULN with symptom qualifiers; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("serum-amylase-increased")]
    SerumAmylaseIncreased,

    /// <summary>"Hypokalemia" (Metabolism and nutrition disorders), mmol/L; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hypokalemia")]
    Hypokalemia,

    /// <summary>"Hyperkalemia" (Metabolism), mmol/L; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hyperkalemia")]
    Hyperkalemia,

    /// <summary>"Hyponatremia" (Metabolism), mmol/L; v5.0 (integer bands) and v6.0 (half-open bands).</summary>
    [JsonStringEnumMemberName("hyponatremia")]
    Hyponatremia,

    /// <summary>"Hypernatremia" (Metabolism), mmol/L; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hypernatremia")]
    Hypernatremia,

    /// <summary>"Hypocalcemia" (Metabolism), corrected serum calcium, mmol/L or mg/dL; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hypocalcemia")]
    Hypocalcemia,

    /// <summary>"Hypocalcemia" (Metabolism), ionized calcium, mmol/L or mg/dL; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hypocalcemia-ionized")]
    HypocalcemiaIonized,

    /// <summary>"Hypercalcemia" (Metabolism), corrected serum calcium, mmol/L or mg/dL; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hypercalcemia")]
    Hypercalcemia,

    /// <summary>"Hypercalcemia" (Metabolism), ionized calcium, mmol/L or mg/dL; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hypercalcemia-ionized")]
    HypercalcemiaIonized,

    /// <summary>"Hypomagnesemia" (Metabolism), mmol/L or mg/dL; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hypomagnesemia")]
    Hypomagnesemia,

    /// <summary>"Hypermagnesemia" (Metabolism), mmol/L or mg/dL; v5.0 and v6.0 (no grade 2).</summary>
    [JsonStringEnumMemberName("hypermagnesemia")]
    Hypermagnesemia,

    /// <summary>"Hypoglycemia" (Metabolism), mmol/L or mg/dL; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hypoglycemia")]
    Hypoglycemia,

    /// <summary>"Hyperglycemia" (Metabolism), non-fasting glucose; lab-gradable in v6.0 only (G3/G4).</summary>
    [JsonStringEnumMemberName("hyperglycemia")]
    Hyperglycemia,

    /// <summary>"Hyperglycemia" (Metabolism), fasting glucose; lab-gradable in v6.0 only (G1-G4).</summary>
    [JsonStringEnumMemberName("hyperglycemia-fasting")]
    HyperglycemiaFasting,

    /// <summary>"Hypoalbuminemia" (Metabolism), g/L or g/dL; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hypoalbuminemia")]
    Hypoalbuminemia,

    /// <summary>"Cholesterol high" (Investigations), mmol/L or mg/dL; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("cholesterol-high")]
    CholesterolHigh,

    /// <summary>"Hypertriglyceridemia" (Metabolism), mmol/L or mg/dL, absolute only; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hypertriglyceridemia")]
    Hypertriglyceridemia,

    /// <summary>"Hyperuricemia" (Metabolism), &gt;ULN with or without physiologic consequences; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("hyperuricemia")]
    Hyperuricemia,

    /// <summary>"Acidosis" (Metabolism), blood pH; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("acidosis")]
    Acidosis,

    /// <summary>"Alkalosis" (Metabolism), blood pH; v5.0 and v6.0.</summary>
    [JsonStringEnumMemberName("alkalosis")]
    Alkalosis,

    /// <summary>"HDL decreased" (v6.0 only, as encoded by admiral: G1 &lt;LLN).</summary>
    [JsonStringEnumMemberName("hdl-decreased")]
    HdlDecreased,

    /// <summary>"LDL increased" (v6.0 only, as encoded by admiral: G1 &gt;ULN).</summary>
    [JsonStringEnumMemberName("ldl-increased")]
    LdlIncreased,
}
