using System.Text.Json.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>The MedDRA coding of an adverse event term as supplied by the user (MedDRA itself is not bundled).</summary>
/// <remarks>
/// MedDRA (Medical Dictionary for Regulatory Activities, ICH; licensed by the MedDRA MSSO). Codes are 8-digit
/// integers. CTCAE v5.0 terms are MedDRA lowest-level terms. Only the values the user gives are stored.
/// </remarks>
public sealed record MeddraCoding
{
    /// <summary>Creates a MedDRA coding.</summary>
    /// <param name="preferredTerm">The MedDRA preferred term (PT) name, e.g. <c>"Headache"</c>.</param>
    /// <param name="preferredTermCode">The 8-digit PT code, e.g. 10019211; optional.</param>
    /// <param name="lowestLevelTermCode">The 8-digit lowest-level term (LLT) code; optional.</param>
    /// <param name="version">The MedDRA version, e.g. <c>"27.1"</c>; optional.</param>
    /// <exception cref="ArgumentException">The preferred term is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A code is not a positive 8-digit number.</exception>
    [JsonConstructor]
    public MeddraCoding(string preferredTerm, int? preferredTermCode = null, int? lowestLevelTermCode = null, string? version = null)
    {
        if (string.IsNullOrWhiteSpace(preferredTerm))
        {
            throw new ArgumentException("The MedDRA preferred term must not be blank.", nameof(preferredTerm));
        }

        CheckCode(preferredTermCode, nameof(preferredTermCode));
        CheckCode(lowestLevelTermCode, nameof(lowestLevelTermCode));
        PreferredTerm = preferredTerm;
        PreferredTermCode = preferredTermCode;
        LowestLevelTermCode = lowestLevelTermCode;
        Version = version;
    }

    /// <summary>The MedDRA preferred term name.</summary>
    public string PreferredTerm { get; }

    /// <summary>The 8-digit MedDRA PT code; <see langword="null"/> when not supplied.</summary>
    public int? PreferredTermCode { get; }

    /// <summary>The 8-digit MedDRA LLT code; <see langword="null"/> when not supplied.</summary>
    public int? LowestLevelTermCode { get; }

    /// <summary>The MedDRA version the codes belong to; <see langword="null"/> when not supplied.</summary>
    public string? Version { get; }

    private static void CheckCode(int? code, string name)
    {
        if (code is { } c && (c < 10_000_000 || c > 99_999_999))
        {
            throw new ArgumentOutOfRangeException(name, c, $"A MedDRA code has 8 digits (10000000 to 99999999); {c} does not.");
        }
    }
}
