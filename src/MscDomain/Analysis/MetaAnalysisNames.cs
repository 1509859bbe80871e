using MscDomain.Common;

namespace MscDomain.Analysis;

/// <summary>
/// The text names of measures, methods and tests, spelled exactly as metafor spells them (<c>"RR"</c>, <c>"REML"</c>,
/// <c>"knha"</c>); the names are the enums' wire names (<see cref="WireName"/>), parsed strictly (case-sensitive, as R is).
/// </summary>
public static class MetaAnalysisNames
{
    /// <summary>Parses a measure name such as <c>"RR"</c> or <c>"SMD"</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="measure">The measure, when recognised.</param>
    /// <returns>Whether the name is a measure.</returns>
    public static bool TryParseMeasure(string? text, out EffectMeasure measure) => WireName.TryParse(text, out measure);

    /// <summary>Parses a method name such as <c>"REML"</c>, <c>"DL"</c> or <c>"EE"</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="method">The method, when recognised.</param>
    /// <returns>Whether the name is a method.</returns>
    public static bool TryParseMethod(string? text, out TauSquaredEstimator method) => WireName.TryParse(text, out method);

    /// <summary>Parses a test name: <c>"z"</c> or <c>"knha"</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="test">The test, when recognised.</param>
    /// <returns>Whether the name is a test.</returns>
    public static bool TryParseTest(string? text, out MetaAnalysisTest test) => WireName.TryParse(text, out test);

    /// <summary>Every measure name, for help text.</summary>
    public static IReadOnlyList<string> MeasureNames => WireName.Names<EffectMeasure>();

    /// <summary>Every method name, for help text.</summary>
    public static IReadOnlyList<string> MethodNames => WireName.Names<TauSquaredEstimator>();

    /// <summary>Every test name, for help text.</summary>
    public static IReadOnlyList<string> TestNames => WireName.Names<MetaAnalysisTest>();
}
