using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Disability;

/// <summary>The status of one NEDA component over the period.</summary>
/// <remarks><c>default(NedaComponentStatus)</c> is <see cref="NoActivity"/>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<NedaComponentStatus>))]
public enum NedaComponentStatus
{
    /// <summary>Assessed, no activity.</summary>
    NoActivity = 0,

    /// <summary>Evidence of disease activity; the evidence list says what broke the component.</summary>
    Activity = 1,

    /// <summary>Not assessed (missing scans or data); never counted as NEDA.</summary>
    Indeterminate = 2,
}
