namespace MscDomain.Disability;

/// <summary>An EDSS delta table: the minimum clinically meaningful change as a function of the reference value.</summary>
/// <remarks>
/// <para>Delta depends on the reference (baseline) value, never the new value; comparisons are inclusive.</para>
/// <list type="bullet">
/// <item><see cref="MsprogDefault"/>: +1.5 from 0, +1.0 up to 5.0, +0.5 above (msprog <c>compute_delta</c>;
/// Cree et al., <i>Ann Neurol</i> 2019;85:653; Müller et al., <i>JAMA Neurol</i> 2023).</item>
/// <item><see cref="TrialConvention"/>: +1.0 up to 5.5, +0.5 above (OPERA, Hauser et al., <i>NEJM</i> 2017;
/// Kappos et al., <i>JAMA Neurol</i> 2020).</item>
/// <item><see cref="Expand"/>: +1.0 up to 5.0, +0.5 above (EXPAND, siponimod).</item>
/// <item><see cref="EdssPlus"/>: 1.0 up to 5.5, 0.5 from 6.0 (EDSS-Plus, Cadavid et al., <i>MSJ</i> 2017).</item>
/// </list>
/// </remarks>
public sealed record DeltaBands
{
    /// <summary>Creates a table.</summary>
    /// <param name="name">The preset name recorded in results.</param>
    /// <param name="bands">Bands in increasing order of upper bound; the last must be unbounded.</param>
    /// <exception cref="ArgumentException">The bands are empty, unordered or the last is bounded.</exception>
    public DeltaBands(string name, IReadOnlyList<DeltaBand> bands)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(bands);
        if (bands.Count == 0 || bands[^1].UpperInclusive is not null)
        {
            throw new ArgumentException("A delta table needs at least one band and its last band must be unbounded (UpperInclusive = null).", nameof(bands));
        }

        for (var i = 1; i < bands.Count - 1; i++)
        {
            if (bands[i].UpperInclusive <= bands[i - 1].UpperInclusive)
            {
                throw new ArgumentException($"Delta bands must have strictly increasing upper bounds; band {i} does not.", nameof(bands));
            }
        }

        Name = name;
        bandArray = bands.ToArray();
        Bands = bandArray;
    }

    private readonly DeltaBand[] bandArray;

    /// <summary>The preset name.</summary>
    public string Name { get; }

    /// <summary>The bands, in increasing order of upper bound.</summary>
    public IReadOnlyList<DeltaBand> Bands { get; }

    /// <summary>msprog default: 1.5 if reference 0; 1.0 if ≤ 5.0; 0.5 above.</summary>
    public static DeltaBands MsprogDefault { get; } = new("MsprogDefault", [new(0m, 1.5m), new(5.0m, 1.0m), new(null, 0.5m)]);

    /// <summary>Trial convention (OPERA, Kappos 2020): 1.0 if reference ≤ 5.5; 0.5 above.</summary>
    public static DeltaBands TrialConvention { get; } = new("TrialConvention", [new(5.5m, 1.0m), new(null, 0.5m)]);

    /// <summary>EXPAND: 1.0 if reference ≤ 5.0; 0.5 above.</summary>
    public static DeltaBands Expand { get; } = new("Expand", [new(5.0m, 1.0m), new(null, 0.5m)]);

    /// <summary>EDSS-Plus: 1.0 if reference ≤ 5.5; 0.5 above.</summary>
    public static DeltaBands EdssPlus { get; } = new("EdssPlus", [new(5.5m, 1.0m), new(null, 0.5m)]);

    /// <summary>The delta for a reference value.</summary>
    /// <param name="reference">The reference EDSS.</param>
    /// <returns>The minimum clinically meaningful change.</returns>
    public decimal DeltaFor(decimal reference)
    {
        var bands = bandArray;
        for (var i = 0; i < bands.Length; i++)
        {
            if (bands[i].UpperInclusive is not { } u || reference <= u)
            {
                return bands[i].Delta;
            }
        }

        return bands[^1].Delta;
    }

    /// <summary>Looks a preset up by name (case-insensitive).</summary>
    /// <param name="name">MsprogDefault, TrialConvention, Expand or EdssPlus.</param>
    /// <returns>The preset.</returns>
    /// <exception cref="ArgumentException">Unknown name.</exception>
    public static DeltaBands FromName(string name) =>
        (name ?? throw new ArgumentNullException(nameof(name))).Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "MSPROGDEFAULT" or "MSPROG" or "DEFAULT" => MsprogDefault,
            "TRIALCONVENTION" or "TRIAL" => TrialConvention,
            "EXPAND" => Expand,
            "EDSSPLUS" => EdssPlus,
            _ => throw new ArgumentException($"Unknown delta table '{name}'; known: MsprogDefault, TrialConvention, Expand, EdssPlus.", nameof(name)),
        };

    /// <summary>Equality by name and bands.</summary>
    /// <param name="other">The other table.</param>
    /// <returns>Whether both are equal.</returns>
    public bool Equals(DeltaBands? other) => other is not null && Name == other.Name && Bands.SequenceEqual(other.Bands);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Bands.Count);
}
