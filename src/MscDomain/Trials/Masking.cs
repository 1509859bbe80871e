using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>The masking level (ClinicalTrials.gov maskingInfo.masking).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Masking>))]
public enum Masking
{
    /// <summary>Open label.</summary>
    None,

    /// <summary>Single masked.</summary>
    Single,

    /// <summary>Double masked.</summary>
    Double,

    /// <summary>Triple masked.</summary>
    Triple,

    /// <summary>Quadruple masked.</summary>
    Quadruple,

    /// <summary>Not reported: the source does not state the masking (trials.md: "n.r." is a first-class value).</summary>
    NotReported,
}
