using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>The routes and procedures of one administration or procedure exposure, as a set (a course given IT and IV at once is one
/// exposure with two routes).</summary>
/// <remarks>A minimal input type for the safety timing rules; map a dosing model's administrations onto it. A sham or diagnostic lumbar
/// puncture is a procedure exposure too: post-LP events occur in placebo arms (safety.md §12).</remarks>
[Flags]
public enum ExposureRoute
{
    /// <summary>No route (not a valid exposure).</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>Intravenous infusion.</summary>
    [JsonStringEnumMemberName("intravenous")]
    Intravenous = 1,

    /// <summary>Intrathecal injection (by lumbar puncture).</summary>
    [JsonStringEnumMemberName("intrathecal")]
    Intrathecal = 2,

    /// <summary>Diagnostic lumbar puncture (no product).</summary>
    [JsonStringEnumMemberName("diagnostic-lumbar-puncture")]
    DiagnosticLumbarPuncture = 4,

    /// <summary>Sham or placebo lumbar puncture.</summary>
    [JsonStringEnumMemberName("sham-lumbar-puncture")]
    ShamLumbarPuncture = 8,

    /// <summary>Another procedure, e.g. bone-marrow aspiration or lipectomy for autologous cell harvest.</summary>
    [JsonStringEnumMemberName("other-procedure")]
    OtherProcedure = 16,

    /// <summary>Any other route of administration (e.g. intramuscular).</summary>
    [JsonStringEnumMemberName("other-route")]
    OtherRoute = 32,
}
