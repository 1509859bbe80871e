using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>The kind of walking ability a Neurostatus ambulation score describes.</summary>
/// <remarks><c>default(AmbulationCategory)</c> is <see cref="Unrestricted"/>. Source: Neurostatus-EDSS
/// definitions v04/10.2 (Kappos, Basel); Kurtzke 1983.</remarks>
public enum AmbulationCategory
{
    /// <summary>Score 0: walking unrestricted.</summary>
    [JsonStringEnumMemberName("unrestricted")]
    Unrestricted = 0,

    /// <summary>Score 1: fully ambulatory (at least 500 m unaided) but gait not normal.</summary>
    [JsonStringEnumMemberName("fully-ambulatory")]
    FullyAmbulatory = 1,

    /// <summary>Scores 2–5: walks without help or rest over a restricted range (below 500 m).</summary>
    [JsonStringEnumMemberName("restricted-range-unaided")]
    RestrictedRangeUnaided = 2,

    /// <summary>Scores 6 and 8: needs a unilateral aid (cane, crutch, brace).</summary>
    [JsonStringEnumMemberName("unilateral-aid")]
    UnilateralAid = 3,

    /// <summary>Scores 7 and 9: needs bilateral aids.</summary>
    [JsonStringEnumMemberName("bilateral-aid")]
    BilateralAid = 4,

    /// <summary>Scores 10–11: cannot walk 5 m even with aid; uses a wheelchair.</summary>
    [JsonStringEnumMemberName("wheelchair")]
    Wheelchair = 5,

    /// <summary>Scores 12–15: restricted to bed or chair, or pushed in a wheelchair.</summary>
    [JsonStringEnumMemberName("restricted-to-bed-or-chair")]
    RestrictedToBedOrChair = 6,

    /// <summary>Score 16: death due to MS.</summary>
    [JsonStringEnumMemberName("death-due-to-ms")]
    DeathDueToMs = 7,
}
