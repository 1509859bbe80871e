using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>The status of one NEDA component over the period.</summary>
/// <remarks><c>default(NedaComponentStatus)</c> is <see cref="NoActivity"/>.</remarks>
public enum NedaComponentStatus
{
    /// <summary>Assessed, no activity.</summary>
    [JsonStringEnumMemberName("no-activity")]
    NoActivity = 0,

    /// <summary>Evidence of disease activity; the evidence list says what broke the component.</summary>
    [JsonStringEnumMemberName("activity")]
    Activity = 1,

    /// <summary>Not assessed (missing scans or data); never counted as NEDA.</summary>
    [JsonStringEnumMemberName("indeterminate")]
    Indeterminate = 2,
}
