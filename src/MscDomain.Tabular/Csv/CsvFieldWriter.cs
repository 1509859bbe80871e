using System.Buffers;

namespace MscDomain.Tabular.Csv;

/// <summary>
/// A minimal RFC 4180 writer: fields separated by <c>,</c>, records ended by the chosen line break, a field quoted (inner
/// quotes doubled) only when it holds <c>,</c>, <c>"</c>, a line-break character, or starts or ends with a space.
/// </summary>
/// <remarks>The quoting rule is the one CsvHelper 33 applied (<c>ConfigurationFunctions.ShouldQuote</c>), which the files
/// this package wrote before followed, so outputs stay byte-identical: with the default CRLF record end any CR or LF
/// forces quotes; with an explicit <c>"\n"</c> only an LF does.</remarks>
internal sealed class CsvFieldWriter
{
    private static readonly SearchValues<char> AnyLineBreak = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> LfOnly = SearchValues.Create(",\"\n");
    private static readonly SearchValues<byte> AnyLineBreakUtf8 = SearchValues.Create(",\"\r\n"u8);

    private readonly TextWriter _writer;
    private readonly string _newLine;
    private readonly SearchValues<char> _special;
    private bool _first = true;

    /// <summary>Creates a writer.</summary>
    /// <param name="writer">The destination (not closed, not flushed).</param>
    /// <param name="lfOnly"><see langword="true"/> to end records with LF (and quote only fields holding LF); otherwise CRLF.</param>
    public CsvFieldWriter(TextWriter writer, bool lfOnly = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _newLine = lfOnly ? "\n" : "\r\n";
        _special = lfOnly ? LfOnly : AnyLineBreak;
    }

    /// <summary>Whether <paramref name="field"/> must be quoted.</summary>
    /// <param name="field">The field.</param>
    /// <returns>Whether to quote it.</returns>
    public bool NeedsQuotes(ReadOnlySpan<char> field) =>
        field.Length > 0 && (field[0] == ' ' || field[^1] == ' ' || field.ContainsAny(_special));

    /// <summary>Whether a field given as UTF-8 must be quoted with the default CRLF record end: the same rule (the
    /// characters it looks for are ASCII, which UTF-8 never uses inside a multi-byte character), and the same answer for a
    /// value and for its <c>""</c>-escaped form.</summary>
    /// <param name="field">The field's UTF-8 bytes.</param>
    /// <returns>Whether to quote it.</returns>
    public static bool NeedsQuotes(ReadOnlySpan<byte> field) =>
        field.Length > 0 && (field[0] == (byte)' ' || field[^1] == (byte)' ' || field.ContainsAny(AnyLineBreakUtf8));

    /// <summary>Writes one field.</summary>
    /// <param name="field">The text; <see langword="null"/> is written empty.</param>
    public void WriteField(string? field) => WriteField(field.AsSpan());

    /// <summary>Writes one field.</summary>
    /// <param name="field">The text.</param>
    public void WriteField(ReadOnlySpan<char> field)
    {
        if (!_first)
        {
            _writer.Write(',');
        }

        _first = false;
        if (!NeedsQuotes(field))
        {
            _writer.Write(field);
            return;
        }

        _writer.Write('"');
        while (field.IndexOf('"') is var q and >= 0)
        {
            _writer.Write(field[..(q + 1)]);
            _writer.Write('"');
            field = field[(q + 1)..];
        }

        _writer.Write(field);
        _writer.Write('"');
    }

    /// <summary>Writes a field known to need no quotes (digits, wire names).</summary>
    /// <param name="field">The text.</param>
    public void WritePlain(ReadOnlySpan<char> field)
    {
        if (!_first)
        {
            _writer.Write(',');
        }

        _first = false;
        _writer.Write(field);
    }

    /// <summary>Ends the record.</summary>
    public void NextRecord()
    {
        _writer.Write(_newLine);
        _first = true;
    }
}
