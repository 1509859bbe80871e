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

    /// <summary>MSC1201: the input is not FHIR R4 JSON that the R4 parser accepts (syntax, unknown element, wrong type).</summary>
    public const string FhirUnreadable = "MSC1201";

    /// <summary>MSC1202: a FHIR resource or Bundle is not of the type or Bundle type the mapping expects.</summary>
    public const string FhirUnexpectedResource = "MSC1202";

    /// <summary>MSC1203: a FHIR resource lacks an element the mapping needs (identifier, code, date, value, reference).</summary>
    public const string FhirMissingElement = "MSC1203";

    /// <summary>MSC1204: a FHIR coded element has a system or code the mapping does not know.</summary>
    public const string FhirUnknownCode = "MSC1204";

    /// <summary>MSC1205: a FHIR reference does not resolve to a resource of the expected type in the Bundle.</summary>
    public const string FhirBrokenReference = "MSC1205";

    /// <summary>MSC1206: a FHIR value maps to a value the MscDomain model rejects (range, date order, combination).</summary>
    public const string FhirInvalidValue = "MSC1206";

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
        [FhirUnreadable] = "The input is not FHIR R4 JSON that the R4 parser accepts (syntax, unknown element, wrong type).",
        [FhirUnexpectedResource] = "A FHIR resource or Bundle is not of the type or Bundle type the mapping expects.",
        [FhirMissingElement] = "A FHIR resource lacks an element the mapping needs (identifier, code, date, value, reference).",
        [FhirUnknownCode] = "A FHIR coded element has a system or code the mapping does not know.",
        [FhirBrokenReference] = "A FHIR reference does not resolve to a resource of the expected type in the Bundle.",
        [FhirInvalidValue] = "A FHIR value maps to a value the MscDomain model rejects (range, date order, combination).",
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
