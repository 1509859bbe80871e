using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>One expected adverse reaction listed in the reference safety information (RSI), with the highest severity listed.</summary>
/// <remarks>Matching against an event: by MedDRA PT code when both sides have one, else by term (case-insensitive) against the event's
/// MedDRA preferred term and its verbatim term.</remarks>
public sealed record ReferenceSafetyEntry
{
    /// <summary>Creates an RSI entry.</summary>
    /// <param name="term">The listed term (a MedDRA preferred term, e.g. <c>"Headache"</c>); non-blank.</param>
    /// <param name="meddraPreferredTermCode">The 8-digit MedDRA PT code; optional.</param>
    /// <param name="maxExpectedGrade">The highest CTCAE grade listed as expected (1–5); <see langword="null"/> when listed without a severity limit.</param>
    /// <param name="synonyms">For a group entry: the member terms the sponsor lists (e.g. "Pulmonary embolism" under "Thromboembolic events"); optional.</param>
    /// <param name="meddraCodes">For a group entry: the member MedDRA preferred-term codes the sponsor lists; optional.</param>
    /// <exception cref="ArgumentException">The term or a synonym is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The grade is outside 1–5.</exception>
    [JsonConstructor]
    public ReferenceSafetyEntry(string term, int? meddraPreferredTermCode = null, int? maxExpectedGrade = null, IReadOnlyList<string>? synonyms = null, IReadOnlyList<int>? meddraCodes = null)
    {
        if (synonyms is not null && synonyms.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"RSI entry '{term}': a synonym is blank.", nameof(synonyms));
        }

        if (string.IsNullOrWhiteSpace(term))
        {
            throw new ArgumentException("An RSI entry needs a non-blank term.", nameof(term));
        }

        if (maxExpectedGrade is { } g && (g < 1 || g > 5))
        {
            throw new ArgumentOutOfRangeException(nameof(maxExpectedGrade), g, $"The highest expected CTCAE grade must be 1 to 5; {g} is not.");
        }

        Term = term;
        MeddraPreferredTermCode = meddraPreferredTermCode;
        MaxExpectedGrade = maxExpectedGrade;
        Synonyms = synonyms is { Count: > 0 } ? synonyms : null;
        MeddraCodes = meddraCodes is { Count: > 0 } ? meddraCodes : null;
    }

    /// <summary>The listed term.</summary>
    public string Term { get; }

    /// <summary>The MedDRA PT code; <see langword="null"/> when not given.</summary>
    public int? MeddraPreferredTermCode { get; }

    /// <summary>The highest CTCAE grade listed as expected; <see langword="null"/> when any severity is expected.</summary>
    public int? MaxExpectedGrade { get; }

    /// <summary>For a group entry ("thromboembolic events"): the member terms the sponsor lists, matched case-insensitively like
    /// <see cref="Term"/>; <see langword="null"/> for none.</summary>
    /// <remarks>MedDRA cannot ship with the library (MSSO licence, safety.md §13), so the sponsor supplies the group's members from its
    /// reference safety information (expectedness by nature: ICH E2A §II.C; EU CTR 536/2014 Annex III §2.1).</remarks>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Synonyms { get; }

    /// <summary>For a group entry: the member MedDRA preferred-term codes the sponsor lists (in addition to
    /// <see cref="MeddraPreferredTermCode"/>); <see langword="null"/> for none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? MeddraCodes { get; }

    /// <summary>Whether <paramref name="code"/> is this entry's MedDRA code or one of its group's codes.</summary>
    /// <param name="code">A MedDRA preferred-term code.</param>
    /// <returns>Whether it matches.</returns>
    public bool HasCode(int code) => MeddraPreferredTermCode == code || (MeddraCodes?.Contains(code) ?? false);

    /// <summary>Whether the entry carries any MedDRA code (its own or its group's).</summary>
    [JsonIgnore]
    public bool HasCodes => MeddraPreferredTermCode is not null || MeddraCodes is not null;

    /// <summary>Whether <paramref name="term"/> is this entry's term or one of its synonyms (case-insensitive).</summary>
    /// <param name="term">A term; <see langword="null"/> never matches.</param>
    /// <returns>Whether it matches.</returns>
    public bool HasTerm(string? term) =>
        term is not null && (string.Equals(Term, term, StringComparison.OrdinalIgnoreCase)
            || (Synonyms?.Any(x => string.Equals(x, term, StringComparison.OrdinalIgnoreCase)) ?? false));
}
