using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>The direction in which a lab term grades abnormality.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<LabGradingDirection>))]
public enum LabGradingDirection
{
    /// <summary>Grades increases (ULN based, e.g. hyperkalaemia).</summary>
    High = 1,

    /// <summary>Grades decreases (LLN based, e.g. hypokalaemia).</summary>
    Low = 2,
}
