using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Cells;

/// <summary>Whether donor and recipient are the same person; always computed from identities, never stored as a free label (products-and-dosing.md §1.2).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<DonorRelation>))]
public enum DonorRelation
{
    /// <summary>The recipient donated the cells.</summary>
    Autologous,

    /// <summary>Another person donated the cells.</summary>
    Allogeneic,
}
