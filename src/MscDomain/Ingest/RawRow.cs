using System.Text.Json.Serialization;

namespace MscDomain.Ingest;

/// <summary>
/// One raw record: its 1-based line in the file and its cells as text, in header order; optionally the raw text of the
/// record, from which an error's column in characters is computed (only when there is an error).
/// </summary>
/// <remarks><c>default(RawRow)</c> has line 0 and no cells; readers never produce it.</remarks>
/// <param name="Line">1-based line (the header is line 1 in a CSV file).</param>
/// <param name="Cells">The cells, in header order.</param>
/// <param name="RawText">The record's text as in the file (CSV: with quotes and separators), or <see langword="null"/>.</param>
[method: JsonConstructor]
public readonly record struct RawRow(int Line, IReadOnlyList<string> Cells, string? RawText = null);
