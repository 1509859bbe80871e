using MscDomain.Common;

namespace MscDomain.Analysis;

/// <summary>
/// One study's raw data for <see cref="EffectSizes.Compute"/>, with metafor <c>escalc()</c>'s argument names. Only the
/// fields the measure needs are read: <c>ai,bi,ci,di</c> or <c>ai,n1i,ci,n2i</c> (RR, OR, RD); <c>m1i,sd1i,n1i,m2i,sd2i,n2i</c>
/// (MD, SMD, ROM); <c>xi,ni</c> (PR, PLO, PAS); <c>xi,ti</c> (IR, IRLN); <c>x1i,t1i,x2i,t2i</c> (IRR, IRD);
/// <c>yi</c> with <c>vi</c> or <c>sei</c> (GEN).
/// </summary>
/// <remarks>Values are kept as given; <see cref="EffectSizes.Compute"/> checks them and reports every problem as a located
/// <see cref="DataIssue"/>. Counts may be non-integer (as metafor allows, e.g. already-corrected tables).</remarks>
/// <param name="Study">The study's label.</param>
/// <param name="Location">Where the study's row is (file and line), or <see cref="SourceLocation.Unknown"/>.</param>
/// <param name="FieldLocations">Where each field is (by escalc name, e.g. <c>"ai"</c>), or null; issues point there when given.</param>
public sealed record MetaStudyInput(string Study, SourceLocation Location = default, IReadOnlyDictionary<string, SourceLocation>? FieldLocations = null)
{
    /// <summary>The study's label (non-blank).</summary>
    /// <exception cref="ArgumentException">A blank label.</exception>
    public string Study { get; } = Require.NotBlank(Study, nameof(Study));

    /// <summary>Group 1 events (2×2 cell a).</summary>
    public double? Ai { get; init; }

    /// <summary>Group 1 non-events (cell b).</summary>
    public double? Bi { get; init; }

    /// <summary>Group 2 events (cell c).</summary>
    public double? Ci { get; init; }

    /// <summary>Group 2 non-events (cell d).</summary>
    public double? Di { get; init; }

    /// <summary>Group 1 size (with <see cref="Ai"/>, or with means).</summary>
    public double? N1i { get; init; }

    /// <summary>Group 2 size.</summary>
    public double? N2i { get; init; }

    /// <summary>Group 1 mean.</summary>
    public double? M1i { get; init; }

    /// <summary>Group 1 standard deviation.</summary>
    public double? Sd1i { get; init; }

    /// <summary>Group 2 mean.</summary>
    public double? M2i { get; init; }

    /// <summary>Group 2 standard deviation.</summary>
    public double? Sd2i { get; init; }

    /// <summary>Single-group events.</summary>
    public double? Xi { get; init; }

    /// <summary>Single-group size.</summary>
    public double? Ni { get; init; }

    /// <summary>Single-group person-time.</summary>
    public double? Ti { get; init; }

    /// <summary>Group 1 events (rates).</summary>
    public double? X1i { get; init; }

    /// <summary>Group 1 person-time.</summary>
    public double? T1i { get; init; }

    /// <summary>Group 2 events (rates).</summary>
    public double? X2i { get; init; }

    /// <summary>Group 2 person-time.</summary>
    public double? T2i { get; init; }

    /// <summary>A given effect size (GEN).</summary>
    public double? Yi { get; init; }

    /// <summary>A given sampling variance (GEN).</summary>
    public double? Vi { get; init; }

    /// <summary>A given standard error (GEN); vi = sei².</summary>
    public double? Sei { get; init; }

    /// <summary>Where the field with escalc name <paramref name="field"/> is: its own location when known, else the row's with the field as path.</summary>
    /// <param name="field">An escalc name such as <c>"ai"</c>.</param>
    /// <returns>The location.</returns>
    public SourceLocation LocationOf(string field) =>
        FieldLocations is not null && FieldLocations.TryGetValue(field, out var at)
            ? at
            : new SourceLocation(Location.File, Location.Line, Location.Column, Location.Path is { } p ? p + "." + field : field);
}
