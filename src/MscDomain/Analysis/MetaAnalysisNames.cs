namespace MscDomain.Analysis;

/// <summary>The text names of measures, methods and tests, spelled as metafor spells them (case-insensitive on input).</summary>
public static class MetaAnalysisNames
{
    /// <summary>Parses a measure name such as <c>"RR"</c> or <c>"smd"</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="measure">The measure, when recognised.</param>
    /// <returns>Whether the name is a measure.</returns>
    public static bool TryParseMeasure(string? text, out EffectMeasure measure) => TryParseName(text, out measure);

    /// <summary>Parses a method name such as <c>"REML"</c>, <c>"DL"</c> or <c>"EE"</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="method">The method, when recognised.</param>
    /// <returns>Whether the name is a method.</returns>
    public static bool TryParseMethod(string? text, out TauSquaredEstimator method) => TryParseName(text, out method);

    /// <summary>Parses a test name: <c>"z"</c> or <c>"knha"</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="test">The test, when recognised.</param>
    /// <returns>Whether the name is a test.</returns>
    public static bool TryParseTest(string? text, out MetaAnalysisTest test)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "z":
                test = MetaAnalysisTest.Z;
                return true;
            case "knha":
                test = MetaAnalysisTest.KnappHartung;
                return true;
            default:
                test = default;
                return false;
        }
    }

    /// <summary>The metafor name of a test: <c>"z"</c> or <c>"knha"</c>.</summary>
    /// <param name="test">The test.</param>
    /// <returns>The name.</returns>
    public static string NameOf(MetaAnalysisTest test) => test == MetaAnalysisTest.KnappHartung ? "knha" : "z";

    /// <summary>Every measure name, for help text.</summary>
    public static IReadOnlyList<string> MeasureNames { get; } = Enum.GetNames<EffectMeasure>();

    /// <summary>Every method name, for help text.</summary>
    public static IReadOnlyList<string> MethodNames { get; } = Enum.GetNames<TauSquaredEstimator>();

    private static bool TryParseName<T>(string? text, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<T>(name);
                return true;
            }
        }

        return false;
    }
}
