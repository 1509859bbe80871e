using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Disability;

/// <summary>The direction of a confirmed change.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ChangeKind>))]
public enum ChangeKind
{
    /// <summary>Confirmed disability worsening (CDW; Lublin 2014 terminology).</summary>
    Cdw,

    /// <summary>Confirmed disability improvement (CDI).</summary>
    Cdi,
}
