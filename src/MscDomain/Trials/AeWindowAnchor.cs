using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>What an adverse-event collection window is measured from.</summary>
public enum AeWindowAnchor
{
    /// <summary>Informed consent.</summary>
    [JsonStringEnumMemberName("consent")]
    Consent,

    /// <summary>Randomisation.</summary>
    [JsonStringEnumMemberName("randomisation")]
    Randomisation,

    /// <summary>First administration.</summary>
    [JsonStringEnumMemberName("first-dose")]
    FirstDose,

    /// <summary>Each administration.</summary>
    [JsonStringEnumMemberName("each-dose")]
    EachDose,
}
