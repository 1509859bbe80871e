using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>What to do with a timed trial the participant could not complete (T25FW stopped at 180 s,
/// 9HPT at 300 s).</summary>
/// <remarks><c>default</c> is <see cref="Reject"/>. The MSFC manual's own substitution rules are not
/// verified in the domain reference (disability.md §18 [R]); substitution is therefore opt-in.</remarks>
public enum MsfcUnableToCompletePolicy
{
    /// <summary>An uncompleted trial is an error (no MSFC computed).</summary>
    [JsonStringEnumMemberName("reject")]
    Reject = 0,

    /// <summary>An uncompleted trial is scored at the stop time: 180 s for T25FW, 300 s for 9HPT.</summary>
    [JsonStringEnumMemberName("substitute-time-limit")]
    SubstituteTimeLimit = 1,
}
