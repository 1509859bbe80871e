using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>A procedure done to participants of an arm, including sham procedures and harvests in placebo arms.</summary>
public enum ProcedureKind
{
    /// <summary>Bone-marrow aspiration (iliac crest).</summary>
    [JsonStringEnumMemberName("bone-marrow-aspiration")]
    BoneMarrowAspiration,

    /// <summary>Lipectomy (fat harvest).</summary>
    [JsonStringEnumMemberName("lipectomy")]
    Lipectomy,

    /// <summary>Lumbar puncture.</summary>
    [JsonStringEnumMemberName("lumbar-puncture")]
    LumbarPuncture,

    /// <summary>Sham lumbar puncture.</summary>
    [JsonStringEnumMemberName("sham-lumbar-puncture")]
    ShamLumbarPuncture,

    /// <summary>Sham injection.</summary>
    [JsonStringEnumMemberName("sham-injection")]
    ShamInjection,

    /// <summary>Another procedure.</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
