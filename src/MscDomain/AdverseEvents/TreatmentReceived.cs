using System.Text.Json.Serialization;

namespace MscDomain.AdverseEvents;

/// <summary>In a blinded trial, what the participant with the adverse event actually received, as known when the event is assessed.</summary>
/// <remarks>
/// <para>Sources: ICH E2A (CPMP/ICH/377/95) §III.D "Managing blinded therapy cases" (when a serious reaction may need expedited
/// reporting, break the blind for that patient only) and §III.E.1 "Reactions associated with active comparator or placebo treatment"
/// (comparator reactions are reported, to the comparator's manufacturer or the regulators; events associated with placebo usually do
/// not satisfy the criteria for an ADR and so for expedited reporting); European Commission guidance CT-3 (2011/C 172/01), its
/// paragraphs on unblinding single cases and on placebo and comparator reactions (the same rules for EU CTR 536/2014 SUSARs; safety.md
/// §11.4). <see langword="null"/> on the event = open-label or not recorded: treated as active.</para>
/// <para><c>default(TreatmentReceived)</c> is <see cref="StillBlinded"/>.</para>
/// </remarks>
public enum TreatmentReceived
{
    /// <summary>Still blinded: the case is classified as if active and flagged "unblind this case before reporting".</summary>
    [JsonStringEnumMemberName("still-blinded")]
    StillBlinded = 0,

    /// <summary>The investigational product (unblinded).</summary>
    [JsonStringEnumMemberName("active")]
    Active = 1,

    /// <summary>Placebo (unblinded): normally not a SUSAR.</summary>
    [JsonStringEnumMemberName("placebo")]
    Placebo = 2,

    /// <summary>The active comparator (unblinded): a SUSAR of the comparator product.</summary>
    [JsonStringEnumMemberName("comparator")]
    Comparator = 3,
}
