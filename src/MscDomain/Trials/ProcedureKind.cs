using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>A procedure done to participants of an arm, including sham procedures and harvests in placebo arms.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ProcedureKind>))]
public enum ProcedureKind
{
    /// <summary>Bone-marrow aspiration (iliac crest).</summary>
    BoneMarrowAspiration,

    /// <summary>Lipectomy (fat harvest).</summary>
    Lipectomy,

    /// <summary>Lumbar puncture.</summary>
    LumbarPuncture,

    /// <summary>Sham lumbar puncture.</summary>
    ShamLumbarPuncture,

    /// <summary>Sham injection.</summary>
    ShamInjection,

    /// <summary>Another procedure.</summary>
    Other,
}
