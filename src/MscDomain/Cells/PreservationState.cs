using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Cells;

/// <summary>Whether a product was ever frozen; may differ between periods of one trial (Llufriu 2014).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<PreservationState>))]
public enum PreservationState
{
    /// <summary>Never frozen.</summary>
    Fresh,

    /// <summary>Frozen (e.g. in DMSO-containing medium) and thawed for administration.</summary>
    Cryopreserved,

    /// <summary>Frozen, thawed and re-cultured before administration.</summary>
    CryopreservedRecultured,
}
