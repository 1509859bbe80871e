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
    /// <exception cref="ArgumentException">The term is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The grade is outside 1–5.</exception>
    [JsonConstructor]
    public ReferenceSafetyEntry(string term, int? meddraPreferredTermCode = null, int? maxExpectedGrade = null)
    {
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
    }

    /// <summary>The listed term.</summary>
    public string Term { get; }

    /// <summary>The MedDRA PT code; <see langword="null"/> when not given.</summary>
    public int? MeddraPreferredTermCode { get; }

    /// <summary>The highest CTCAE grade listed as expected; <see langword="null"/> when any severity is expected.</summary>
    public int? MaxExpectedGrade { get; }
}
