using System.Text.Json.Serialization;

namespace MscDomain.Cells;

/// <summary>Whether donor and recipient are the same person; always computed from identities, never stored as a free label (products-and-dosing.md §1.2).</summary>
public enum DonorRelation
{
    /// <summary>The recipient donated the cells.</summary>
    [JsonStringEnumMemberName("autologous")]
    Autologous,

    /// <summary>Another person donated the cells.</summary>
    [JsonStringEnumMemberName("allogeneic")]
    Allogeneic,
}
