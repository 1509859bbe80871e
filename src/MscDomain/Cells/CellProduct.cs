using System.Text.Json.Serialization;
using System.Collections.Immutable;
using MscDomain.Common;

namespace MscDomain.Cells;

/// <summary>
/// A cell or cell-derived product used in a trial: kind, tissue, donor, manufacture, lineage (derived products reference
/// their parent product), release tests and optional ISCT panel.
/// </summary>
/// <remarks>Derived kinds (MSC-NP, MSC-NTF, conditioned medium, extracellular vesicles) require <see cref="ParentProductId"/>;
/// the document holding the products checks the parent exists. Keep the source's label verbatim in <see cref="VerbatimLabel"/>.</remarks>
/// <param name="Id">Id unique within the document.</param>
/// <param name="Name">Display name, e.g. "autologous BM-MSC".</param>
/// <param name="Kind">Kind of product.</param>
/// <param name="Tissue">Tissue of origin (of the parent cells for derived products).</param>
/// <param name="Donor">Who donated the cells.</param>
/// <param name="ReleaseTests">Release and characterisation tests (may be empty).</param>
/// <param name="ParentProductId">Id of the product this was derived from, or null.</param>
/// <param name="Manufacture">Manufacturing facts, or null when not reported.</param>
/// <param name="IsctPanel">ISCT identity panel, or null when not reported.</param>
/// <param name="VerbatimLabel">The source's own label (e.g. "NurOwn"), or null.</param>
/// <param name="OffTheShelf">Whether the product is an off-the-shelf (banked, ready-to-use) allogeneic product, or null when not stated.</param>
public sealed record CellProduct(
    string Id,
    string Name,
    CellProductKind Kind,
    TissueSource Tissue,
    DonorSource Donor,
    ImmutableArray<ReleaseTest> ReleaseTests,
    string? ParentProductId = null,
    Manufacture? Manufacture = null,
    IsctPanel? IsctPanel = null,
    string? VerbatimLabel = null,
    bool? OffTheShelf = null)
{
    /// <summary>Id unique within the document (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank id or name, a derived kind without parent, or a product that is its own parent.</exception>
    public string Id { get; } = Require.NotBlank(Id, nameof(Id));

    /// <summary>Display name (non-blank).</summary>
    public string Name { get; } = Require.NotBlank(Name, nameof(Name));

    /// <summary>Release and characterisation tests.</summary>
    public ImmutableArray<ReleaseTest> ReleaseTests { get; } = Require.NotDefault(ReleaseTests, nameof(ReleaseTests));

    /// <summary>Id of the parent product, or null; required for derived kinds.</summary>
    public string? ParentProductId { get; } = CheckParent(Id, Kind, ParentProductId);

    /// <summary>Whether this kind is derived from a parent MSC product.</summary>
    [JsonIgnore]
    public bool IsDerived => IsDerivedKind(Kind);

    /// <summary>Whether the product is MSC or MSC-derived (false for mononuclear cells, SVF, HSC, other).</summary>
    [JsonIgnore]
    public bool IsMscBased => Kind is CellProductKind.Msc or CellProductKind.MscNeuralProgenitors or CellProductKind.MscNeurotrophicFactorSecreting
        or CellProductKind.ConditionedMedium or CellProductKind.ExtracellularVesicles;

    /// <summary>Whether the release tests include a failure (which can stop dosing).</summary>
    [JsonIgnore]
    public bool HasFailedReleaseTest => ReleaseTests.Any(t => t.Outcome == TestOutcome.Fail);

    /// <summary>Whether <paramref name="kind"/> is a derived product that needs a parent.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True for MSC-NP, MSC-NTF, conditioned medium and extracellular vesicles.</returns>
    public static bool IsDerivedKind(CellProductKind kind) => kind is CellProductKind.MscNeuralProgenitors
        or CellProductKind.MscNeurotrophicFactorSecreting or CellProductKind.ConditionedMedium or CellProductKind.ExtracellularVesicles;

    private static string? CheckParent(string id, CellProductKind kind, string? parent)
    {
        Require.Defined(kind, nameof(Kind));
        Require.NullOrNotBlank(parent, nameof(ParentProductId));
        if (IsDerivedKind(kind) && parent is null)
        {
            throw new ArgumentException($"CellProduct '{id}' of kind {kind} is derived and needs a ParentProductId.", nameof(ParentProductId));
        }

        if (parent is not null && string.Equals(parent, id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"CellProduct '{id}' cannot be its own parent.", nameof(ParentProductId));
        }

        return parent;
    }
}
