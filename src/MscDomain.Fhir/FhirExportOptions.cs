using MscDomain.AdverseEvents;
using MscDomain.Disability;
using MscDomain.Safety;
using MscDomain.Trials;

namespace MscDomain.Fhir;

/// <summary>Options of a cohort export to a FHIR Bundle.</summary>
public sealed record FhirExportOptions
{
    /// <summary>The Bundle type; default <see cref="FhirBundleType.Collection"/>.</summary>
    public FhirBundleType BundleType { get; init; } = FhirBundleType.Collection;

    /// <summary>
    /// The cohort's trial, when known: its ResearchStudy, products (BDPs) and release tests join the Bundle and the
    /// participants' study and product references point at them; without it those references are logical (by
    /// identifier). Default none.
    /// </summary>
    public TrialDocument? Trial { get; init; }

    /// <summary>
    /// The options of the confirmed-disability analysis whose events (CDW/CDI, PIRA/RAW) are exported as derived
    /// Observations referencing the EDSS visits they rest on; <see langword="null"/> exports none. Default: msprog's
    /// defaults with multiple events, a roving baseline and PIRA/RAW classification (as in the README tour).
    /// </summary>
    public ConfirmedChangeOptions? DisabilityEvents { get; init; } = new()
    {
        Events = EventSelection.Multiple,
        Baseline = BaselineScheme.Roving,
        ClassifyRawPira = true,
    };

    /// <summary>The CTCAE version used to grade laboratory values for the <c>ctcae-grade</c> extension; default v5.0.</summary>
    public CtcaeVersion LabGradingVersion { get; init; } = CtcaeVersion.V5_0;
}
