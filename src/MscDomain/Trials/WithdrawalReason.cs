using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Trials;

/// <summary>Why participants withdrew or were withdrawn.</summary>
/// <remarks>ClinicalTrials.gov API v2 participantFlowModule dropWithdraws types (Adverse Event, Death, Lack of Efficacy, Lost to Follow-up, Physician Decision, Protocol Violation, Withdrawal by Subject, Other), plus a failed product release test (Fernández 2018: karyotype).</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<WithdrawalReason>))]
public enum WithdrawalReason
{
    /// <summary>Adverse event.</summary>
    AdverseEvent,

    /// <summary>Death.</summary>
    Death,

    /// <summary>Lack of efficacy.</summary>
    LackOfEfficacy,

    /// <summary>Lost to follow-up.</summary>
    LostToFollowUp,

    /// <summary>Physician decision.</summary>
    PhysicianDecision,

    /// <summary>Protocol violation.</summary>
    ProtocolViolation,

    /// <summary>Withdrawal by the participant.</summary>
    WithdrawalBySubject,

    /// <summary>The cell product failed a release test (not dosed).</summary>
    ProductReleaseFailure,

    /// <summary>A relapse (where the source names it).</summary>
    Relapse,

    /// <summary>Another reason (see the text).</summary>
    Other,

    /// <summary>The reason is not reported.</summary>
    NotReported,
}
