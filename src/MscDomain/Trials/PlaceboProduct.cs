using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>A placebo or sham material referenced by arm regimens (e.g. "suspension medium", "saline IT").</summary>
/// <param name="Id">Id unique among the document's products and placebos.</param>
/// <param name="Description">What it is, e.g. "equivalent volume of suspension medium" (Llufriu 2014).</param>
/// <param name="Vehicle">Vehicle, e.g. "saline", or null.</param>
public sealed record PlaceboProduct(string Id, string Description, string? Vehicle = null)
{
    /// <summary>Id (non-blank).</summary>
    /// <exception cref="ArgumentException">Blank id or description.</exception>
    public string Id { get; } = Require.NotBlank(Id, nameof(Id));

    /// <summary>What it is (non-blank).</summary>
    public string Description { get; } = Require.NotBlank(Description, nameof(Description));
}
