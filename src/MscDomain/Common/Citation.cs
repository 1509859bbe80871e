
namespace MscDomain.Common;

/// <summary>A literature or registry reference: text plus DOI and/or PubMed id when known.</summary>
/// <param name="Text">Short citation, e.g. "Connick P et al., Lancet Neurol 2012;11:150–156".</param>
/// <param name="Doi">DOI without the resolver prefix (e.g. "10.1016/S1474-4422(11)70305-2"), or null.</param>
/// <param name="Pmid">PubMed id (digits), or null.</param>
/// <param name="Url">URL, or null.</param>
public sealed record Citation(string Text, string? Doi = null, string? Pmid = null, string? Url = null)
{
    /// <summary>Short citation (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank text, a DOI not starting with "10.", or a PMID that is not digits.</exception>
    public string Text { get; } = Require.NotBlank(Text, nameof(Text));

    /// <summary>DOI (starts with "10."), or null.</summary>
    public string? Doi { get; } = Doi is null || Doi.StartsWith("10.", StringComparison.Ordinal)
        ? Doi
        : throw new ArgumentException($"Citation.Doi must start with \"10.\" (no resolver prefix); '{Doi}' does not.", nameof(Doi));

    /// <summary>PubMed id (digits only), or null.</summary>
    public string? Pmid { get; } = Pmid is null || (Pmid.Length > 0 && Pmid.All(char.IsAsciiDigit))
        ? Pmid
        : throw new ArgumentException($"Citation.Pmid must be digits only; '{Pmid}' is not.", nameof(Pmid));
}
