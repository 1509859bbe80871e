using System.Collections.Frozen;

namespace MscDomain.Common;

/// <summary>
/// The stable codes of <see cref="DataIssue"/>, each with its meaning. A code never changes meaning once released;
/// <c>docs/issue-codes.md</c> lists them all (a test keeps the page and this class in step).
/// </summary>
/// <remarks>
/// Ranges: <c>MSC01xx</c> text and table structure; <c>MSC02xx</c> single values (missing, spelling, range);
/// <c>MSC03xx</c> records against each other (duplicates, order, same day); <c>MSC04xx</c> JSON documents;
/// <c>MSC05xx</c> command-line options and files; <c>MSC06xx</c> laboratory rows; <c>MSC07xx</c> adverse events and safety;
/// <c>MSC10xx</c> trial-document consistency; <c>MSC12xx</c> FHIR; <c>MSC13xx</c> evidence synthesis.
/// </remarks>
public static class DataIssueCodes
{
    /// <summary>MSC0101: the bytes are not valid UTF-8.</summary>
    public const string InvalidUtf8 = "MSC0101";

    /// <summary>MSC0102: a NUL (U+0000) character in text input.</summary>
    public const string NulCharacter = "MSC0102";

    /// <summary>MSC0103: a column name appears more than once in a header.</summary>
    public const string DuplicateColumn = "MSC0103";

    /// <summary>MSC0104: a row has fewer or more cells than the header.</summary>
    public const string RaggedRow = "MSC0104";

    /// <summary>MSC0105: a required column is missing from the header.</summary>
    public const string MissingColumn = "MSC0105";

    /// <summary>MSC0201: a required value is missing (empty or a missing-value token).</summary>
    public const string MissingValue = "MSC0201";

    /// <summary>MSC0202: a value is not in the accepted spelling (number, date, boolean or coded value).</summary>
    public const string UnreadableValue = "MSC0202";

    /// <summary>MSC0203: a value is outside its allowed range or scale.</summary>
    public const string OutOfRange = "MSC0203";

    /// <summary>MSC1301: a count, sample size or person-time for an effect size is negative.</summary>
    public const string NegativeCount = "MSC1301";

    /// <summary>MSC1302: events exceed the group or sample size they are counted in.</summary>
    public const string EventsExceedTotal = "MSC1302";

    /// <summary>MSC1303: a standard deviation for an effect size is zero or negative.</summary>
    public const string NonPositiveSpread = "MSC1303";

    /// <summary>MSC1304: a group is too small or a person-time is zero for the effect size (e.g. n &lt; 1, SMD with n1 + n2 &lt; 4).</summary>
    public const string SampleTooSmall = "MSC1304";

    /// <summary>MSC1305: a given sampling variance or standard error is zero, negative or not finite.</summary>
    public const string NonPositiveVariance = "MSC1305";

    /// <summary>MSC1306: the effect size is undefined for the study's data (e.g. ROM with means of opposite sign).</summary>
    public const string EffectUndefined = "MSC1306";

    /// <summary>MSC1307: a zero count was corrected by adding 1/2 before computing the effect size (metafor's default).</summary>
    public const string ZeroCellCorrected = "MSC1307";

    /// <summary>MSC1308: a meta-analysis has no usable study (k &lt; 1).</summary>
    public const string NoStudies = "MSC1308";

    /// <summary>MSC1309: a trial's reported result was not pooled; the rule says why.</summary>
    public const string ResultExcluded = "MSC1309";

    private static readonly FrozenDictionary<string, string> Meanings = new Dictionary<string, string>
    {
        [InvalidUtf8] = "The bytes are not valid UTF-8.",
        [NulCharacter] = "A NUL (U+0000) character in text input.",
        [DuplicateColumn] = "A column name appears more than once in a header.",
        [RaggedRow] = "A row has fewer or more cells than the header.",
        [MissingColumn] = "A required column is missing from the header.",
        [MissingValue] = "A required value is missing (empty or a missing-value token).",
        [UnreadableValue] = "A value is not in the accepted spelling (number, date, boolean or coded value).",
        [OutOfRange] = "A value is outside its allowed range or scale.",
        [NegativeCount] = "A count, sample size or person-time for an effect size is negative.",
        [EventsExceedTotal] = "Events exceed the group or sample size they are counted in.",
        [NonPositiveSpread] = "A standard deviation for an effect size is zero or negative.",
        [SampleTooSmall] = "A group is too small or a person-time is zero for the effect size (e.g. n < 1, SMD with n1 + n2 < 4).",
        [NonPositiveVariance] = "A given sampling variance or standard error is zero, negative or not finite.",
        [EffectUndefined] = "The effect size is undefined for the study's data (e.g. ROM with means of opposite sign).",
        [ZeroCellCorrected] = "A zero count was corrected by adding 1/2 before computing the effect size (metafor's default).",
        [NoStudies] = "A meta-analysis has no usable study (k < 1).",
        [ResultExcluded] = "A trial's reported result was not pooled; the rule says why.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every code with its one-line meaning.</summary>
    public static IReadOnlyDictionary<string, string> All => Meanings;

    /// <summary>The meaning of <paramref name="code"/>.</summary>
    /// <param name="code">A code such as <c>MSC0101</c>.</param>
    /// <returns>Its one-line meaning.</returns>
    /// <exception cref="ArgumentException">The code is not defined.</exception>
    public static string MeaningOf(string code) =>
        Meanings.TryGetValue(code, out var meaning)
            ? meaning
            : throw new ArgumentException($"'{code}' is not a MscDomain issue code; see DataIssueCodes.All.", nameof(code));
}
