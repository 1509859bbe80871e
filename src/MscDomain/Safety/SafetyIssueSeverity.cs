using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>How serious a problem found by a safety validator or classifier is.</summary>
public enum SafetyIssueSeverity
{
    /// <summary>A record that breaks a rule of the standard: it must be corrected.</summary>
    [JsonStringEnumMemberName("error")]
    Error = 1,

    /// <summary>A record that is allowed but should be reviewed (e.g. grade 4 without a seriousness criterion).</summary>
    [JsonStringEnumMemberName("warning")]
    Warning = 2,
}
