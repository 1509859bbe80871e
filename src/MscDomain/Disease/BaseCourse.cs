using System.Text.Json.Serialization;

namespace MscDomain.Disease;

/// <summary>The MS base course (Lublin et al., Neurology 2014;83:278–86). Progressive-relapsing MS is retired: use PPMS with activity.</summary>
public enum BaseCourse
{
    /// <summary>Clinically isolated syndrome (CIS).</summary>
    [JsonStringEnumMemberName("clinically-isolated-syndrome")]
    ClinicallyIsolatedSyndrome,

    /// <summary>Relapsing-remitting MS (RRMS).</summary>
    [JsonStringEnumMemberName("relapsing-remitting")]
    RelapsingRemitting,

    /// <summary>Secondary progressive MS (SPMS).</summary>
    [JsonStringEnumMemberName("secondary-progressive")]
    SecondaryProgressive,

    /// <summary>Primary progressive MS (PPMS).</summary>
    [JsonStringEnumMemberName("primary-progressive")]
    PrimaryProgressive,
}
