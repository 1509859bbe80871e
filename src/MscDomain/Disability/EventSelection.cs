using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>Which confirmed events are reported (msprog <c>event</c>).</summary>
/// <remarks>Terminology after Lublin et al., <i>Neurology</i> 2014;83:278: "worsening" for any confirmed
/// increase in disability (CDW, confirmed disability worsening), CDI for confirmed disability improvement.</remarks>
public enum EventSelection
{
    /// <summary>The first confirmed disability worsening, whatever its RAW/PIRA class (msprog <c>firstCDW</c>, default).</summary>
    [JsonStringEnumMemberName("first-cdw")]
    FirstCdw,

    /// <summary>The first confirmed disability improvement (msprog <c>firstCDI</c>).</summary>
    [JsonStringEnumMemberName("first-cdi")]
    FirstCdi,

    /// <summary>The very first confirmed event, CDI or CDW (msprog <c>first</c>).</summary>
    [JsonStringEnumMemberName("first")]
    First,

    /// <summary>All confirmed events in chronological order (msprog <c>multiple</c>).</summary>
    [JsonStringEnumMemberName("multiple")]
    Multiple,

    /// <summary>The first progression independent of relapse activity (msprog <c>firstPIRA</c>; classification forced on).</summary>
    [JsonStringEnumMemberName("first-pira")]
    FirstPira,

    /// <summary>The first relapse-associated worsening (msprog <c>firstRAW</c>; classification forced on).</summary>
    [JsonStringEnumMemberName("first-raw")]
    FirstRaw,
}
