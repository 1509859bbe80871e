namespace MscDomain.Disability;

/// <summary>Options of the NEDA evaluation.</summary>
/// <remarks>Sources: Giovannoni / Havrdova et al., <i>Lancet Neurol</i> 2009 (NEDA-3); Kappos et al., ECTRIMS
/// 2015 and <i>Front Neurol</i> 2019;10:788 (NEDA-4, 0.4 %/year); domain reference disability.md §19.</remarks>
public sealed record NedaOptions
{
    /// <summary>NEDA-3 with the published defaults.</summary>
    public static NedaOptions Default { get; } = new();

    /// <summary>NEDA-3 (default) or NEDA-4.</summary>
    public NedaVariant Variant { get; init; } = NedaVariant.Neda3;

    /// <summary>NEDA-4: the largest annualised brain volume loss (percent per year, inclusive) that still counts
    /// as no activity; default 0.4 (Kappos 2015). A loss of exactly 0.4 %/year is NEDA.</summary>
    public decimal MaximumAnnualizedBrainVolumeLossPercent { get; init; } = 0.4m;

    /// <summary>How many follow-up MRI scans in the period are needed to call the MRI component free of
    /// activity; default 1. Fewer → indeterminate (missing scans are never NEDA).</summary>
    public int MinimumMriScans { get; init; } = 1;
}
