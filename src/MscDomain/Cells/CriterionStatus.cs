using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Cells;

/// <summary>The result of evaluating one criterion.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<CriterionStatus>))]
public enum CriterionStatus
{
    /// <summary>The criterion holds.</summary>
    Met,

    /// <summary>The criterion does not hold.</summary>
    Failed,

    /// <summary>Data are missing or the test was not done.</summary>
    NotAssessable,
}
