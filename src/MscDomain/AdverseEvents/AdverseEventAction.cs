using System.Text.Json.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>The action taken with the study treatment because of an adverse event (SDTM AEACN).</summary>
/// <remarks>For a single-infusion cell product the action is nearly always <see cref="NotApplicable"/>.</remarks>
public enum AdverseEventAction
{
    /// <summary>Unknown (AEACN UNKNOWN).</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown = 0,

    /// <summary>Not applicable, e.g. the single dose had already been given (AEACN NOT APPLICABLE).</summary>
    [JsonStringEnumMemberName("not-applicable")]
    NotApplicable = 1,

    /// <summary>Dose not changed (AEACN DOSE NOT CHANGED).</summary>
    [JsonStringEnumMemberName("dose-not-changed")]
    DoseNotChanged = 2,

    /// <summary>Dose reduced (AEACN DOSE REDUCED).</summary>
    [JsonStringEnumMemberName("dose-reduced")]
    DoseReduced = 3,

    /// <summary>Dose increased (AEACN DOSE INCREASED).</summary>
    [JsonStringEnumMemberName("dose-increased")]
    DoseIncreased = 4,

    /// <summary>Treatment interrupted, e.g. an infusion paused or slowed (AEACN DRUG INTERRUPTED).</summary>
    [JsonStringEnumMemberName("drug-interrupted")]
    DrugInterrupted = 5,

    /// <summary>Treatment withdrawn, e.g. an infusion stopped or further doses cancelled (AEACN DRUG WITHDRAWN).</summary>
    [JsonStringEnumMemberName("drug-withdrawn")]
    DrugWithdrawn = 6,
}
