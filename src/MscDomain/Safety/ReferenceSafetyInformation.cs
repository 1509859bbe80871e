using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Safety;

/// <summary>One version of the reference safety information (RSI): the expected adverse reactions listed in the investigator's brochure
/// (or product information) from a given date.</summary>
/// <remarks>Expectedness is judged against the RSI in force when the sponsor became aware of the event (safety.md §11.3; EU CTR
/// 536/2014 Annex III; CTFG Q&amp;A on the RSI). Pick it with <see cref="ExpectednessClassifier.InForceOn"/>.</remarks>
public sealed record ReferenceSafetyInformation
{
    /// <summary>Creates an RSI version.</summary>
    /// <param name="version">The RSI / investigator's brochure version label; non-blank.</param>
    /// <param name="effectiveFrom">The first day this version is in force.</param>
    /// <param name="entries">The expected reactions.</param>
    /// <exception cref="ArgumentException">The version is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    [JsonConstructor]
    public ReferenceSafetyInformation(string version, LocalDate effectiveFrom, IReadOnlyList<ReferenceSafetyEntry> entries)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            throw new ArgumentException("An RSI needs a non-blank version.", nameof(version));
        }

        ArgumentNullException.ThrowIfNull(entries);
        Version = version;
        EffectiveFrom = effectiveFrom;
        Entries = entries;
    }

    /// <summary>The version label.</summary>
    public string Version { get; }

    /// <summary>The first day this version is in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The expected reactions.</summary>
    public IReadOnlyList<ReferenceSafetyEntry> Entries { get; }
}
