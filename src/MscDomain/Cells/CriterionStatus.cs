using System.Text.Json.Serialization;

namespace MscDomain.Cells;

/// <summary>The result of evaluating one criterion.</summary>
public enum CriterionStatus
{
    /// <summary>The criterion holds.</summary>
    [JsonStringEnumMemberName("met")]
    Met,

    /// <summary>The criterion does not hold.</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>Data are missing or the test was not done.</summary>
    [JsonStringEnumMemberName("not-assessable")]
    NotAssessable,
}
