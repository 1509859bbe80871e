using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>
/// The provenance of one field of a <see cref="TrialDocument"/> that has no verification member of its own (a dose, a
/// product property, an eligibility bound): a JSON Pointer into the document plus the trials.md marker.
/// </summary>
/// <remarks>
/// <para>Results and adverse events carry <see cref="Verification"/> directly; this list covers everything else, so a
/// recalled ([R]) or secondary ([S]) fact is never stored silently as if verified. A field not listed inherits the
/// document's default, which for the bundled samples is <see cref="Verification.Verified"/>.</para>
/// <para>Path: an RFC 6901 JSON Pointer into the serialised document using the camelCase member names, e.g.
/// <c>/arms/0/regimen/phases/0/components/0/dose</c>. The pointer is not resolved by the constructor (the typed object has
/// no JSON form yet); the sample tests check every pointer resolves.</para>
/// </remarks>
/// <param name="Path">JSON Pointer (RFC 6901) of the field, starting with '/'.</param>
/// <param name="Verification">How the value was obtained ([V], [S] or [R]).</param>
/// <param name="AlternativeValue">The value another source gives when two sources disagree (the document keeps the first), or null.</param>
/// <param name="AlternativeSource">Where the alternative value comes from, or null.</param>
/// <param name="Source">Where it comes from (e.g. "review table, Cells 2022"), or null.</param>
public sealed record FieldProvenance(string Path, Verification Verification, string? Source = null, string? AlternativeValue = null, string? AlternativeSource = null)
{
    /// <summary>JSON Pointer of the field (non-blank, starts with '/').</summary>
    /// <exception cref="ArgumentException">A blank path, or one that does not start with '/'.</exception>
    public string Path { get; } = Require.NotBlank(Path, nameof(Path)).StartsWith('/')
        ? Path
        : throw new ArgumentException($"FieldProvenance.Path must be a JSON Pointer starting with '/'; '{Path}' is not.", nameof(Path));

    /// <summary>How the value was obtained.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined value.</exception>
    public Verification Verification { get; } = Require.Defined(Verification, nameof(Verification));

    /// <summary>Where the value comes from, or null.</summary>
    public string? Source { get; } = Require.NullOrNotBlank(Source, nameof(Source));
}
