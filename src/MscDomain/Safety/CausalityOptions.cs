namespace MscDomain.Safety;

/// <summary>Options for <see cref="ExpeditedRelatedness"/>.</summary>
public sealed record CausalityOptions
{
    /// <summary>The default options.</summary>
    public static CausalityOptions Default { get; } = new();

    /// <summary>Whether causality that is pending — both opinions missing, or an opinion Conditional or Unassessable — counts as related
    /// until assessed. Default <see langword="true"/> (conservative; safety.md §11.1 and §11.4 POLICY).</summary>
    public bool PendingAsRelated { get; init; } = true;
}
