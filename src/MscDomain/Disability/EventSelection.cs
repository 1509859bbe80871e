using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Disability;

/// <summary>Which confirmed events are reported (msprog <c>event</c>).</summary>
/// <remarks>Terminology after Lublin et al., <i>Neurology</i> 2014;83:278: "worsening" for any confirmed
/// increase in disability (CDW, confirmed disability worsening), CDI for confirmed disability improvement.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<EventSelection>))]
public enum EventSelection
{
    /// <summary>The first confirmed disability worsening, whatever its RAW/PIRA class (msprog <c>firstCDW</c>, default).</summary>
    FirstCdw,

    /// <summary>The first confirmed disability improvement (msprog <c>firstCDI</c>).</summary>
    FirstCdi,

    /// <summary>The very first confirmed event, CDI or CDW (msprog <c>first</c>).</summary>
    First,

    /// <summary>All confirmed events in chronological order (msprog <c>multiple</c>).</summary>
    Multiple,

    /// <summary>The first progression independent of relapse activity (msprog <c>firstPIRA</c>; classification forced on).</summary>
    FirstPira,

    /// <summary>The first relapse-associated worsening (msprog <c>firstRAW</c>; classification forced on).</summary>
    FirstRaw,
}
