using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>What an adverse-event collection window is measured from.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<AeWindowAnchor>))]
public enum AeWindowAnchor
{
    /// <summary>Informed consent.</summary>
    Consent,

    /// <summary>Randomisation.</summary>
    Randomisation,

    /// <summary>First administration.</summary>
    FirstDose,

    /// <summary>Each administration.</summary>
    EachDose,
}
