using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>One adverse event of special interest (AESI) as a protocol defines it: a name, the terms that belong to it, and optional
/// conditions (after which route of cell administration; serious events only).</summary>
/// <remarks>
/// <para>Terms are matched case-insensitively against the event's MedDRA preferred term and its verbatim term; MedDRA itself is not
/// bundled (licensed by the MSSO), so the protocol or sponsor supplies the terms or MedDRA preferred-term codes that make up the
/// group (safety.md §13).</para>
/// </remarks>
public sealed record SpecialInterestDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="name">The AESI's name, e.g. <c>"Thromboembolism after intravenous cells"</c> (non-blank).</param>
    /// <param name="terms">The terms that belong to it (at least one term or code in all).</param>
    /// <param name="meddraCodes">MedDRA preferred-term codes that belong to it; optional.</param>
    /// <param name="afterRoute">Only after an administration by this route (on or before onset); <see cref="ExposureRoute.None"/> for any.</param>
    /// <param name="seriousOnly">Only when the event is serious (ICH E2A).</param>
    /// <exception cref="ArgumentException">The name is blank, a term is blank, or no term or code is given.</exception>
    public SpecialInterestDefinition(string name, IReadOnlyList<string> terms, IReadOnlyList<int>? meddraCodes = null, ExposureRoute afterRoute = ExposureRoute.None, bool seriousOnly = false)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("An adverse event of special interest needs a non-blank name.", nameof(name));
        }

        if (terms.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"AESI '{name}': a term is blank.", nameof(terms));
        }

        if (terms.Count == 0 && (meddraCodes is null || meddraCodes.Count == 0))
        {
            throw new ArgumentException($"AESI '{name}' needs at least one term or MedDRA code.", nameof(terms));
        }

        Name = name;
        Terms = terms;
        MeddraCodes = meddraCodes ?? [];
        AfterRoute = afterRoute;
        SeriousOnly = seriousOnly;
    }

    /// <summary>The AESI's name.</summary>
    public string Name { get; }

    /// <summary>The terms that belong to it (matched case-insensitively).</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>MedDRA preferred-term codes that belong to it.</summary>
    public IReadOnlyList<int> MeddraCodes { get; }

    /// <summary>The administration route the AESI is tied to; <see cref="ExposureRoute.None"/> for any route.</summary>
    public ExposureRoute AfterRoute { get; }

    /// <summary>Whether only serious events count.</summary>
    public bool SeriousOnly { get; }

    /// <summary>Whether <paramref name="adverseEvent"/>'s MedDRA preferred term, code or verbatim term belongs to this AESI (conditions not checked).</summary>
    /// <param name="adverseEvent">The event.</param>
    /// <returns>Whether a term or code matches.</returns>
    public bool MatchesTerm(AdverseEvent adverseEvent)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        if (adverseEvent.Meddra?.PreferredTermCode is { } code && MeddraCodes.Contains(code))
        {
            return true;
        }

        foreach (var t in Terms)
        {
            if (string.Equals(t, adverseEvent.Meddra?.PreferredTerm, StringComparison.OrdinalIgnoreCase)
                || string.Equals(t, adverseEvent.VerbatimTerm, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
