using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>The action taken with the study treatment because of an adverse event (SDTM AEACN).</summary>
/// <remarks>For a single-infusion cell product the action is nearly always <see cref="NotApplicable"/>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<AdverseEventAction>))]
public enum AdverseEventAction
{
    /// <summary>Unknown (AEACN UNKNOWN).</summary>
    Unknown = 0,

    /// <summary>Not applicable, e.g. the single dose had already been given (AEACN NOT APPLICABLE).</summary>
    NotApplicable = 1,

    /// <summary>Dose not changed (AEACN DOSE NOT CHANGED).</summary>
    DoseNotChanged = 2,

    /// <summary>Dose reduced (AEACN DOSE REDUCED).</summary>
    DoseReduced = 3,

    /// <summary>Dose increased (AEACN DOSE INCREASED).</summary>
    DoseIncreased = 4,

    /// <summary>Treatment interrupted, e.g. an infusion paused or slowed (AEACN DRUG INTERRUPTED).</summary>
    DrugInterrupted = 5,

    /// <summary>Treatment withdrawn, e.g. an infusion stopped or further doses cancelled (AEACN DRUG WITHDRAWN).</summary>
    DrugWithdrawn = 6,
}
