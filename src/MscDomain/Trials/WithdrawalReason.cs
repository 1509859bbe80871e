using System.Text.Json.Serialization;

namespace MscDomain.Trials;

/// <summary>Why participants withdrew or were withdrawn.</summary>
/// <remarks>ClinicalTrials.gov API v2 participantFlowModule dropWithdraws types (Adverse Event, Death, Lack of Efficacy, Lost to Follow-up, Physician Decision, Protocol Violation, Withdrawal by Subject, Other), plus a failed product release test (Fernández 2018: karyotype).</remarks>
public enum WithdrawalReason
{
    /// <summary>Adverse event.</summary>
    [JsonStringEnumMemberName("adverse-event")]
    AdverseEvent,

    /// <summary>Death.</summary>
    [JsonStringEnumMemberName("death")]
    Death,

    /// <summary>Lack of efficacy.</summary>
    [JsonStringEnumMemberName("lack-of-efficacy")]
    LackOfEfficacy,

    /// <summary>Lost to follow-up.</summary>
    [JsonStringEnumMemberName("lost-to-follow-up")]
    LostToFollowUp,

    /// <summary>Physician decision.</summary>
    [JsonStringEnumMemberName("physician-decision")]
    PhysicianDecision,

    /// <summary>Protocol violation.</summary>
    [JsonStringEnumMemberName("protocol-violation")]
    ProtocolViolation,

    /// <summary>Withdrawal by the participant.</summary>
    [JsonStringEnumMemberName("withdrawal-by-subject")]
    WithdrawalBySubject,

    /// <summary>The cell product failed a release test (not dosed).</summary>
    [JsonStringEnumMemberName("product-release-failure")]
    ProductReleaseFailure,

    /// <summary>A relapse (where the source names it).</summary>
    [JsonStringEnumMemberName("relapse")]
    Relapse,

    /// <summary>Another reason (see the text).</summary>
    [JsonStringEnumMemberName("other")]
    Other,

    /// <summary>The reason is not reported.</summary>
    [JsonStringEnumMemberName("not-reported")]
    NotReported,
}
