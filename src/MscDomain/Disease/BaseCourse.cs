using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Disease;

/// <summary>The MS base course (Lublin et al., Neurology 2014;83:278–86). Progressive-relapsing MS is retired: use PPMS with activity.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<BaseCourse>))]
public enum BaseCourse
{
    /// <summary>Clinically isolated syndrome (CIS).</summary>
    ClinicallyIsolatedSyndrome,

    /// <summary>Relapsing-remitting MS (RRMS).</summary>
    RelapsingRemitting,

    /// <summary>Secondary progressive MS (SPMS).</summary>
    SecondaryProgressive,

    /// <summary>Primary progressive MS (PPMS).</summary>
    PrimaryProgressive,
}
