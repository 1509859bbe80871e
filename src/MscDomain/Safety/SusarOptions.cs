namespace MscDomain.Safety;

/// <summary>Options for <see cref="SusarClassifier"/>.</summary>
public sealed record SusarOptions
{
    /// <summary>The default options.</summary>
    public static SusarOptions Default { get; } = new();

    /// <summary>How causality is reduced to "suspected related". Default <see cref="CausalityOptions.Default"/> (pending counts as related).</summary>
    public CausalityOptions Causality { get; init; } = CausalityOptions.Default;

    /// <summary>Whether an unknown expectedness (no RSI and none recorded) counts as unexpected until assessed. Default
    /// <see langword="true"/> (conservative; our POLICY — the standards assume expectedness is always assessed). The result is
    /// flagged either way.</summary>
    public bool UnknownExpectednessAsUnexpected { get; init; } = true;

    /// <summary>The regulation whose rules apply. Default <see cref="ReportingJurisdiction.EuCtr"/> (investigator or sponsor suspects:
    /// related). <see cref="ReportingJurisdiction.UsIndSafetyReport"/>: the sponsor's causality, when assessed, governs (21 CFR 312.32(a)).
    /// The 7/15-day clocks are the same in both; the reasons cite the chosen regulation.</summary>
    public ReportingJurisdiction Jurisdiction { get; init; } = ReportingJurisdiction.EuCtr;
}
