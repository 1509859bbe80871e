using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>One component of NEDA-3 / NEDA-4.</summary>
/// <remarks><c>default(NedaComponent)</c> is <see cref="Relapses"/>.</remarks>
public enum NedaComponent
{
    /// <summary>No clinical relapse in the period.</summary>
    [JsonStringEnumMemberName("relapses")]
    Relapses = 0,

    /// <summary>No confirmed disability worsening (CDW) onset in the period.</summary>
    [JsonStringEnumMemberName("disability-worsening")]
    DisabilityWorsening = 1,

    /// <summary>No new or enlarging T2 lesion and no gadolinium-enhancing (Gd+) lesion on a follow-up MRI.</summary>
    [JsonStringEnumMemberName("mri-activity")]
    MriActivity = 2,

    /// <summary>NEDA-4 only: annualised brain volume loss at most the threshold (default 0.4 %/year).</summary>
    [JsonStringEnumMemberName("brain-volume-loss")]
    BrainVolumeLoss = 3,
}
