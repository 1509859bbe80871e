using System.Diagnostics.CodeAnalysis;
using MscDomain.Common;

namespace MscDomain.Analysis;

/// <summary>
/// The names of measures, methods and tests as R metafor spells them (<c>"RR"</c>, <c>"SMD"</c>, <c>"REML"</c>, <c>"knha"</c>),
/// parsed exactly (case-sensitive, as R is), for command lines and tables that R users write.
/// </summary>
/// <remarks>The JSON wire names of the same enums are lower case (<c>"rr"</c>, <c>"reml"</c>; <see cref="WireName"/>), as every
/// MscDomain enum; the metafor spelling of a measure or method is its wire name in upper case, of a test its wire name.</remarks>
internal static class MetaAnalysisNames
{
    /// <summary>Parses a measure name such as <c>"RR"</c> or <c>"SMD"</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="measure">The measure, when recognised.</param>
    /// <returns>Whether the name is a measure.</returns>
    public static bool TryParseMeasure(string? text, out EffectMeasure measure) => TryParseUpper(text, out measure);

    /// <summary>Parses a method name such as <c>"REML"</c>, <c>"DL"</c> or <c>"EE"</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="method">The method, when recognised.</param>
    /// <returns>Whether the name is a method.</returns>
    public static bool TryParseMethod(string? text, out TauSquaredEstimator method) => TryParseUpper(text, out method);

    /// <summary>Parses a test name: <c>"z"</c> or <c>"knha"</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="test">The test, when recognised.</param>
    /// <returns>Whether the name is a test.</returns>
    public static bool TryParseTest(string? text, out MetaAnalysisTest test) => WireName.TryParse(text, out test);

    /// <summary>Every measure name, for help text.</summary>
    public static IReadOnlyList<string> MeasureNames { get; } = WireName.Names<EffectMeasure>().Select(n => n.ToUpperInvariant()).ToArray();

    /// <summary>Every method name, for help text.</summary>
    public static IReadOnlyList<string> MethodNames { get; } = WireName.Names<TauSquaredEstimator>().Select(n => n.ToUpperInvariant()).ToArray();

    /// <summary>Every test name, for help text.</summary>
    public static IReadOnlyList<string> TestNames => WireName.Names<MetaAnalysisTest>();

    /// <summary>The metafor spelling of <paramref name="measure"/>, e.g. <c>"RR"</c>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(EffectMeasure measure) => WireName.Of(measure).ToUpperInvariant();

    /// <summary>The metafor spelling of <paramref name="method"/>, e.g. <c>"REML"</c>.</summary>
    /// <param name="method">The method.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(TauSquaredEstimator method) => WireName.Of(method).ToUpperInvariant();

    /// <summary>The metafor spelling of <paramref name="test"/>: <c>"z"</c> or <c>"knha"</c>.</summary>
    /// <param name="test">The test.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(MetaAnalysisTest test) => WireName.Of(test);

    private static bool TryParseUpper<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text is not null && text == text.ToUpperInvariant() && WireName.TryParse(text.ToLowerInvariant(), out value);
    }
}
