using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>The direction of a confirmed change.</summary>
public enum ChangeKind
{
    /// <summary>Confirmed disability worsening (CDW; Lublin 2014 terminology).</summary>
    [JsonStringEnumMemberName("cdw")]
    Cdw,

    /// <summary>Confirmed disability improvement (CDI).</summary>
    [JsonStringEnumMemberName("cdi")]
    Cdi,
}
