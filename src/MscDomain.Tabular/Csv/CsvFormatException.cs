namespace MscDomain.Tabular.Csv;

/// <summary>A CSV text that breaks RFC 4180, with the line and column of the offending character.</summary>
/// <param name="line">The 1-based line.</param>
/// <param name="column">The 1-based column.</param>
/// <param name="lineText">The text of the line, for the value.</param>
/// <param name="rule">The rule broken.</param>
internal sealed class CsvFormatException(int line, int column, string lineText, string rule) : Exception(rule)
{
    /// <summary>The 1-based line.</summary>
    public int Line { get; } = line;

    /// <summary>The 1-based column.</summary>
    public int Column { get; } = column;

    /// <summary>The text of the line.</summary>
    public string LineText { get; } = lineText;

    /// <summary>The rule broken.</summary>
    public string Rule { get; } = rule;
}
