using System.Text.Json.Serialization;

namespace MscDomain.Common;

/// <summary>How serious a <see cref="DataIssue"/> is.</summary>
/// <remarks>Ordered: a larger value is more serious, so <c>issues.Max(i =&gt; i.Severity)</c> is the verdict.</remarks>
public enum DataIssueSeverity
{
    /// <summary>Handled as documented (a same-day merge, an ignored trailing blank line): reported so it is never silent.</summary>
    [JsonStringEnumMemberName("note")]
    Note = 0,

    /// <summary>Implausible but possible: the value is used; a person should review it.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning = 1,

    /// <summary>Impossible or unreadable: the record (or document) is not used.</summary>
    [JsonStringEnumMemberName("error")]
    Error = 2,
}
