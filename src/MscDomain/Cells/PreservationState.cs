using System.Text.Json.Serialization;

namespace MscDomain.Cells;

/// <summary>Whether a product was ever frozen; may differ between periods of one trial (Llufriu 2014).</summary>
public enum PreservationState
{
    /// <summary>Never frozen.</summary>
    [JsonStringEnumMemberName("fresh")]
    Fresh,

    /// <summary>Frozen (e.g. in DMSO-containing medium) and thawed for administration.</summary>
    [JsonStringEnumMemberName("cryopreserved")]
    Cryopreserved,

    /// <summary>Frozen, thawed and re-cultured before administration.</summary>
    [JsonStringEnumMemberName("cryopreserved-recultured")]
    CryopreservedRecultured,
}
