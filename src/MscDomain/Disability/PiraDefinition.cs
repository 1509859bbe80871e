namespace MscDomain.Disability;

/// <summary>The relapse-free intervals that make a non-RAW confirmed worsening a PIRA (msprog <c>relapse_indep</c>).</summary>
/// <remarks>
/// <para>Around three checkpoints — a preceding visit (<see cref="PrecedingVisit"/>), the onset and each
/// confirmation visit — closed intervals [checkpoint − x0, checkpoint + x1] (days) must contain no relapse
/// onset. A <see langword="null"/> right bound of one checkpoint and a null left bound of the next merge the two
/// into one span (e.g. "from the baseline to 30 days after onset" = P1 null, E0 null, E1 30). An interval of
/// zero length is ignored. <see cref="P0"/> and <see cref="C1"/> may not be null. A PIRA needs at least one
/// confirmation visit for which all intervals are relapse-free.</para>
/// <para>Presets: <see cref="Muller2023"/> (default), <see cref="Muller2023HighSpecificity"/>,
/// <see cref="Kappos2020"/>, <see cref="Cagol2022"/>, <see cref="Muller2025"/>, <see cref="Muller2025OnsetOnly"/>.</para>
/// </remarks>
public sealed record PiraDefinition
{
    /// <summary>Days before the preceding visit (≥ 0, never null).</summary>
    public int P0 { get; init; }

    /// <summary>Days after the preceding visit; null merges with the onset interval.</summary>
    public int? P1 { get; init; }

    /// <summary>Days before the onset; null continues the previous interval.</summary>
    public int? E0 { get; init; }

    /// <summary>Days after the onset; null merges with the confirmation interval.</summary>
    public int? E1 { get; init; }

    /// <summary>Days before the confirmation visit; null continues the previous interval.</summary>
    public int? C0 { get; init; }

    /// <summary>Days after the confirmation visit (≥ 0, never null).</summary>
    public int C1 { get; init; }

    /// <summary>Which visit is the preceding checkpoint.</summary>
    public PiraPrecedingVisit PrecedingVisit { get; init; } = PiraPrecedingVisit.Baseline;

    /// <summary>The preset's name, for settings reports ("custom" when built by hand).</summary>
    public string Name { get; init; } = "custom";

    /// <summary>Müller et al., <i>JAMA Neurol</i> 2023;80:1232: no relapse 90 d before to 30 d after onset and 90 d before to 30 d after confirmation (msprog default).</summary>
    public static PiraDefinition Muller2023 { get; } = new() { P0 = 0, P1 = 0, E0 = 90, E1 = 30, C0 = 90, C1 = 30, Name = "Muller2023" };

    /// <summary>Müller 2023 high-specificity definition: no relapse from the reference to the confirmation.</summary>
    public static PiraDefinition Muller2023HighSpecificity { get; } = new() { P0 = 0, P1 = null, E0 = null, E1 = null, C0 = null, C1 = 0, Name = "Muller2023HighSpecificity" };

    /// <summary>Kappos et al., <i>JAMA Neurol</i> 2020;77:1132: no relapse from the reference to 30 d after onset, none within ±30 d of confirmation.</summary>
    public static PiraDefinition Kappos2020 { get; } = new() { P0 = 0, P1 = null, E0 = null, E1 = 30, C0 = 30, C1 = 30, Name = "Kappos2020" };

    /// <summary>Cagol et al., <i>JAMA Neurol</i> 2022;79:682: no relapse 90 d before onset and none between onset and confirmation.</summary>
    public static PiraDefinition Cagol2022 { get; } = new() { P0 = 0, P1 = 0, E0 = 90, E1 = null, C0 = null, C1 = 0, Name = "Cagol2022" };

    /// <summary>Müller et al., <i>JAMA Neurol</i> 2025 (doi:10.1001/jamaneurol.2025.0495): no relapse from the last visit before onset to onset, none in the 30 d before confirmation (paper abstract).</summary>
    public static PiraDefinition Muller2025 { get; } = new() { P0 = 0, P1 = null, E0 = null, E1 = 0, C0 = 30, C1 = 0, PrecedingVisit = PiraPrecedingVisit.Last, Name = "Muller2025" };

    /// <summary>Müller 2025 as in msprog's PIRA vignette code example: no confirmation window (c0 = c1 = 0).</summary>
    public static PiraDefinition Muller2025OnsetOnly { get; } = new() { P0 = 0, P1 = null, E0 = null, E1 = 0, C0 = 0, C1 = 0, PrecedingVisit = PiraPrecedingVisit.Last, Name = "Muller2025OnsetOnly" };

    /// <summary>Looks a preset up by name (case-insensitive; msprog-style spellings such as <c>kappos2020</c> accepted).</summary>
    /// <param name="name">The preset name.</param>
    /// <returns>The preset.</returns>
    /// <exception cref="ArgumentException">No preset has that name.</exception>
    public static PiraDefinition FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return key switch
        {
            "MULLER2023" or "MUELLER2023" => Muller2023,
            "MULLER2023HIGHSPECIFICITY" or "MULLER2023HIGHSPEC" or "HIGHSPECIFICITY" or "HIGHSPEC" => Muller2023HighSpecificity,
            "KAPPOS2020" => Kappos2020,
            "CAGOL2022" => Cagol2022,
            "MULLER2025" or "MUELLER2025" => Muller2025,
            "MULLER2025ONSETONLY" => Muller2025OnsetOnly,
            _ => throw new ArgumentException($"Unknown PIRA definition '{name}'; known: Muller2023, Muller2023HighSpecificity, Kappos2020, Cagol2022, Muller2025, Muller2025OnsetOnly.", nameof(name)),
        };
    }

    /// <summary>Checks that P0 and C1 are non-negative and every given bound is ≥ 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative.</exception>
    public void Validate()
    {
        foreach (var (v, n) in new[] { ((int?)P0, nameof(P0)), (P1, nameof(P1)), (E0, nameof(E0)), (E1, nameof(E1)), (C0, nameof(C0)), ((int?)C1, nameof(C1)) })
        {
            if (v is < 0)
            {
                throw new ArgumentOutOfRangeException(n, v, $"PIRA window bound {n} must be ≥ 0 days.");
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Name}: p=({P0},{Fmt(P1)}) e=({Fmt(E0)},{Fmt(E1)}) c=({Fmt(C0)},{C1}) prec={PrecedingVisit}";

    private static string Fmt(int? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null";
}
