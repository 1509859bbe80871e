using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>The direction in which a lab term grades abnormality.</summary>
public enum LabGradingDirection
{
    /// <summary>Grades increases (ULN based, e.g. hyperkalaemia).</summary>
    [JsonStringEnumMemberName("high")]
    High = 1,

    /// <summary>Grades decreases (LLN based, e.g. hypokalaemia).</summary>
    [JsonStringEnumMemberName("low")]
    Low = 2,
}
