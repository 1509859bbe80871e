using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// Names of the CTCAE lab terms: resolves a term name (or an analyte plus a direction) to a <see cref="LabTerm"/>,
/// and gives each term's CTCAE name and direction per version.
/// </summary>
/// <remarks>
/// Matching is case-insensitive and ignores surrounding spaces (admiral's term spellings, e.g. "INR IncreaSed",
/// match). v5.0's "Platelet count decreased" and v6.0's "Thrombocytopenia" are the same <see cref="LabTerm"/>.
/// Analyte names ("potassium", "sodium", "glucose", ...) need a direction to pick the term (safety.md §5: a
/// bidirectional analyte is graded twice).
/// </remarks>
public static class LabTermCatalog
{
    private static readonly Dictionary<string, LabTerm> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Anemia"] = LabTerm.Anemia,
        ["Anaemia"] = LabTerm.Anemia,
        ["Hemoglobin increased"] = LabTerm.HemoglobinIncreased,
        ["Leukocytosis"] = LabTerm.Leukocytosis,
        ["White blood cell decreased"] = LabTerm.WhiteBloodCellDecreased,
        ["Neutrophil count decreased"] = LabTerm.NeutrophilCountDecreased,
        ["Lymphocyte count decreased"] = LabTerm.LymphocyteCountDecreased,
        ["Lymphocyte count increased"] = LabTerm.LymphocyteCountIncreased,
        ["CD4 lymphocytes decreased"] = LabTerm.Cd4LymphocytesDecreased,
        ["Platelet count decreased"] = LabTerm.PlateletCountDecreased,
        ["Thrombocytopenia"] = LabTerm.PlateletCountDecreased,
        ["Activated partial thromboplastin time prolonged"] = LabTerm.ActivatedPartialThromboplastinTimeProlonged,
        ["INR increased"] = LabTerm.InrIncreased,
        ["Fibrinogen decreased"] = LabTerm.FibrinogenDecreased,
        ["Haptoglobin decreased"] = LabTerm.HaptoglobinDecreased,
        ["Alanine aminotransferase increased"] = LabTerm.AlanineAminotransferaseIncreased,
        ["Aspartate aminotransferase increased"] = LabTerm.AspartateAminotransferaseIncreased,
        ["Blood bilirubin increased"] = LabTerm.BloodBilirubinIncreased,
        ["Alkaline phosphatase increased"] = LabTerm.AlkalinePhosphataseIncreased,
        ["GGT increased"] = LabTerm.GgtIncreased,
        ["Creatinine increased"] = LabTerm.CreatinineIncreased,
        ["Creatinine clearance decreased"] = LabTerm.CreatinineClearanceDecreased,
        ["CPK increased"] = LabTerm.CpkIncreased,
        ["Blood lactate dehydrogenase increased"] = LabTerm.BloodLactateDehydrogenaseIncreased,
        ["Lipase increased"] = LabTerm.LipaseIncreased,
        ["Serum amylase increased"] = LabTerm.SerumAmylaseIncreased,
        ["Hypokalemia"] = LabTerm.Hypokalemia,
        ["Hyperkalemia"] = LabTerm.Hyperkalemia,
        ["Hyponatremia"] = LabTerm.Hyponatremia,
        ["Hypernatremia"] = LabTerm.Hypernatremia,
        ["Hypocalcemia"] = LabTerm.Hypocalcemia,
        ["Hypocalcemia (Ionized)"] = LabTerm.HypocalcemiaIonized,
        ["Hypercalcemia"] = LabTerm.Hypercalcemia,
        ["Hypercalcemia (Ionized)"] = LabTerm.HypercalcemiaIonized,
        ["Hypomagnesemia"] = LabTerm.Hypomagnesemia,
        ["Hypermagnesemia"] = LabTerm.Hypermagnesemia,
        ["Hypoglycemia"] = LabTerm.Hypoglycemia,
        ["Hyperglycemia"] = LabTerm.Hyperglycemia,
        ["Hyperglycemia (Fasting)"] = LabTerm.HyperglycemiaFasting,
        ["Hypoalbuminemia"] = LabTerm.Hypoalbuminemia,
        ["Cholesterol high"] = LabTerm.CholesterolHigh,
        ["Hypertriglyceridemia"] = LabTerm.Hypertriglyceridemia,
        ["Hyperuricemia"] = LabTerm.Hyperuricemia,
        ["Acidosis"] = LabTerm.Acidosis,
        ["Alkalosis"] = LabTerm.Alkalosis,
        ["HDL decreased"] = LabTerm.HdlDecreased,
        ["LDL increased"] = LabTerm.LdlIncreased,
    };

    private static readonly Dictionary<string, (LabTerm Low, LabTerm High)> Analytes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["potassium"] = (LabTerm.Hypokalemia, LabTerm.Hyperkalemia),
        ["sodium"] = (LabTerm.Hyponatremia, LabTerm.Hypernatremia),
        ["calcium"] = (LabTerm.Hypocalcemia, LabTerm.Hypercalcemia),
        ["calcium (ionized)"] = (LabTerm.HypocalcemiaIonized, LabTerm.HypercalcemiaIonized),
        ["ionized calcium"] = (LabTerm.HypocalcemiaIonized, LabTerm.HypercalcemiaIonized),
        ["magnesium"] = (LabTerm.Hypomagnesemia, LabTerm.Hypermagnesemia),
        ["glucose"] = (LabTerm.Hypoglycemia, LabTerm.Hyperglycemia),
        ["lymphocytes"] = (LabTerm.LymphocyteCountDecreased, LabTerm.LymphocyteCountIncreased),
        ["hemoglobin"] = (LabTerm.Anemia, LabTerm.HemoglobinIncreased),
        ["white blood cells"] = (LabTerm.WhiteBloodCellDecreased, LabTerm.Leukocytosis),
        ["wbc"] = (LabTerm.WhiteBloodCellDecreased, LabTerm.Leukocytosis),
        ["ph"] = (LabTerm.Acidosis, LabTerm.Alkalosis),
    };

    private static readonly Dictionary<string, LabTerm>.AlternateLookup<ReadOnlySpan<char>> NamesBySpan = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, (LabTerm Low, LabTerm High)>.AlternateLookup<ReadOnlySpan<char>> AnalytesBySpan = Analytes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Resolves a CTCAE term name, or an analyte name with a direction, to a term.</summary>
    /// <param name="name">A CTCAE term ("Hypokalemia", "INR increased") or an analyte ("potassium").</param>
    /// <param name="direction">The direction; needed for analyte names, checked against the term otherwise.</param>
    /// <param name="term">The term, or <see cref="LabTerm.None"/>.</param>
    /// <returns><see langword="true"/> when the name resolves (and agrees with <paramref name="direction"/> when given).</returns>
    public static bool TryResolve(string? name, LabGradingDirection? direction, out LabTerm term) =>
        TryResolve(name.AsSpan(), direction, out term);

    /// <summary>Resolves a CTCAE term name, or an analyte name with a direction, to a term, without allocating.</summary>
    /// <param name="name">A CTCAE term ("Hypokalemia", "INR increased") or an analyte ("potassium").</param>
    /// <param name="direction">The direction; needed for analyte names, checked against the term otherwise.</param>
    /// <param name="term">The term, or <see cref="LabTerm.None"/>.</param>
    /// <returns><see langword="true"/> when the name resolves (and agrees with <paramref name="direction"/> when given).</returns>
    public static bool TryResolve(ReadOnlySpan<char> name, LabGradingDirection? direction, out LabTerm term)
    {
        term = LabTerm.None;
        var key = name.Trim();
        if (key.IsEmpty)
        {
            return false;
        }

        if (NamesBySpan.TryGetValue(key, out var t))
        {
            if (direction is { } d && DirectionOf(t) != d)
            {
                return false;
            }

            term = t;
            return true;
        }

        if (direction is { } dir && AnalytesBySpan.TryGetValue(key, out var pair))
        {
            term = dir == LabGradingDirection.Low ? pair.Low : pair.High;
            return true;
        }

        return false;
    }

    /// <summary>The direction a term grades.</summary>
    /// <param name="term">The term.</param>
    /// <returns>The direction (terms have one direction in both versions).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The term is <see cref="LabTerm.None"/> or undefined.</exception>
    public static LabGradingDirection DirectionOf(LabTerm term) =>
        (CtcaeLabCriteria.Get(term, CtcaeVersion.V5_0) ?? CtcaeLabCriteria.Get(term, CtcaeVersion.V6_0))?.Direction
        ?? throw new ArgumentOutOfRangeException(nameof(term), term, "Not a CTCAE lab term graded by MscDomain.");

    /// <summary>The CTCAE term name in a version (e.g. "Thrombocytopenia" in v6.0), or <see langword="null"/> when the term is not lab-gradable there.</summary>
    /// <param name="term">The term.</param>
    /// <param name="version">The CTCAE version.</param>
    /// <returns>The name, or <see langword="null"/>.</returns>
    public static string? CtcaeName(LabTerm term, CtcaeVersion version) => CtcaeLabCriteria.Get(term, version)?.CtcaeName;

    /// <summary>Whether the term is lab-gradable in the version.</summary>
    /// <param name="term">The term.</param>
    /// <param name="version">The CTCAE version.</param>
    /// <returns><see langword="true"/> when MscDomain has criteria for the term in that version.</returns>
    public static bool IsGradable(LabTerm term, CtcaeVersion version) => CtcaeLabCriteria.Get(term, version) is not null;

    /// <summary>The units CTCAE prints absolute thresholds in for the term, empty when the criteria need no unit.</summary>
    /// <param name="term">The term.</param>
    /// <param name="version">The CTCAE version.</param>
    /// <returns>The supported units.</returns>
    public static IReadOnlyList<LabUnit> Units(LabTerm term, CtcaeVersion version) =>
        CtcaeLabCriteria.Get(term, version) is { } set && !set.UnitFree ? set.Columns.Select(c => c.Unit).ToArray() : [];
}
