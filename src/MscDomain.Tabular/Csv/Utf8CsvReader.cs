using System.Buffers;
using System.Text;

namespace MscDomain.Tabular.Csv;

/// <summary>
/// An RFC 4180 tokeniser over UTF-8 bytes already checked by <see cref="MscDomain.Ingest.TextInput"/>: one record at a
/// time, fields as offsets into the input (no copy unless a field holds <c>""</c> escapes), with the 1-based line and
/// column of every field. It only splits; every ingest rule stays in the core.
/// </summary>
/// <remarks>
/// <para>Grammar (RFC 4180, section 2, with the usual relaxations): fields separated by <c>,</c>; records end at CRLF, LF
/// or a lone CR; the last record may lack a line break; a field starting with <c>"</c> is quoted, may hold <c>,</c>, CR,
/// LF and <c>""</c> (one quote), and must be followed by <c>,</c>, a line break or the end. A quote inside an unquoted
/// field, text after a closing quote and a quote left open at the end are <see cref="CsvFormatException"/>s with the
/// line and column of the offending character (of the opening quote when it is never closed). Spaces are kept.</para>
/// <para>Columns count UTF-16 characters from the start of the physical line, as <see cref="MscDomain.Ingest.TextInput"/>
/// and editors do; they are computed only when asked for.</para>
/// </remarks>
internal sealed class Utf8CsvReader
{
    private static readonly SearchValues<byte> Unquoted = SearchValues.Create(",\r\n\""u8);
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly byte[] _data;
    private readonly int _end;
    private int _pos;
    private int _line;
    private int _lineStart;
    private Field[] _fields = new Field[16];
    private byte[] _scratch = new byte[256];

    /// <summary>Creates a reader over <paramref name="data"/>[<paramref name="start"/>..<paramref name="start"/>+<paramref name="length"/>] (no byte-order mark).</summary>
    /// <param name="data">The UTF-8 bytes (valid, no NUL: checked by the caller).</param>
    /// <param name="start">The first byte.</param>
    /// <param name="length">The number of bytes.</param>
    /// <param name="firstLine">The 1-based line number of the byte at <paramref name="start"/> (a chunk of a larger text).</param>
    public Utf8CsvReader(byte[] data, int start, int length, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        _line = firstLine;
        _pos = start;
        _lineStart = start;
        _end = start + length;
    }

    /// <summary>The offset of the next byte to read (the start of the next record after <see cref="Read"/>).</summary>
    public int Position => _pos;

    /// <summary>The 1-based line of the next byte to read.</summary>
    public int Line => _line;

    /// <summary>
    /// Splits <paramref name="data"/>[<paramref name="start"/>..<paramref name="end"/>) into chunks of whole records of
    /// about <paramref name="chunkBytes"/> bytes, for parallel tokenising: a chunk ends at an LF outside quotes (an even
    /// number of quotes since the chunk started: in RFC 4180 a line break is inside a field exactly when an odd number of
    /// quotes precede it in the record). Each chunk comes with the line number of its first byte, counted as
    /// <see cref="Read"/> counts them (LF, CRLF, lone CR).
    /// </summary>
    /// <remarks>On malformed text the split may fall inside a record, but never before the first malformed record: the
    /// chunk that holds it starts at a true record boundary and reports the same first error as one serial pass.</remarks>
    /// <param name="data">The bytes.</param>
    /// <param name="start">The first byte.</param>
    /// <param name="end">The end (exclusive).</param>
    /// <param name="firstLine">The line of <paramref name="start"/>.</param>
    /// <param name="chunkBytes">The target chunk size.</param>
    /// <returns>The chunks: start, length, first line.</returns>
    public static List<(int Start, int Length, int Line)> Chunks(byte[] data, int start, int end, int firstLine, int chunkBytes)
    {
        ArgumentNullException.ThrowIfNull(data);
        var chunks = new List<(int Start, int Length, int Line)>();
        var line = firstLine;
        var chunkStart = start;
        var quotes = 0L;
        var scanned = start;
        while (chunkStart < end)
        {
            var target = chunkBytes >= end - chunkStart ? end : chunkStart + chunkBytes;
            var cut = end;
            while (target < end)
            {
                var lf = data.AsSpan(target, end - target).IndexOf((byte)'\n');
                if (lf < 0)
                {
                    break;
                }

                quotes += data.AsSpan(scanned, target + lf - scanned).Count((byte)'"');
                scanned = target + lf;
                if ((quotes & 1) == 0)
                {
                    cut = target + lf + 1;
                    break;
                }

                target += lf + 1;
            }

            chunks.Add((chunkStart, cut - chunkStart, line));
            line += LineBreaks(data.AsSpan(chunkStart, cut - chunkStart));
            chunkStart = cut;
            quotes = 0;
            scanned = cut;
        }

        return chunks;
    }

    private static int LineBreaks(ReadOnlySpan<byte> span)
    {
        var n = span.Count((byte)'\n');
        if (span.Contains((byte)'\r'))
        {
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i] == (byte)'\r' && (i + 1 >= span.Length || span[i + 1] != (byte)'\n'))
                {
                    n++;
                }
            }
        }

        return n;
    }

    /// <summary>The number of fields of the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The 1-based line on which the current record starts.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Whether the current record is a blank line (one empty, unquoted field).</summary>
    public bool IsBlank => FieldCount == 1 && _fields[0].Length == 0 && !_fields[0].Quoted;

    /// <summary>Whether a field of the current record holds <c>""</c> escapes (its value is then not a range of the input).</summary>
    public bool HasEscapes { get; private set; }

    /// <summary>The offset of the current record's first byte (its opening quote when the first field is quoted).</summary>
    public int RecordStart => _fields[0].Quoted ? _fields[0].Start - 1 : _fields[0].Start;

    /// <summary>The offset just past the current record's last field (its closing quote included), before the line break.</summary>
    public int RecordEnd
    {
        get
        {
            ref readonly var last = ref _fields[FieldCount - 1];
            return last.Start + last.Length + (last.Quoted ? 1 : 0);
        }
    }

    /// <summary>The current record's text as written (<see cref="RecordStart"/> to <see cref="RecordEnd"/>), as UTF-8.</summary>
    public ReadOnlySpan<byte> RecordBytes => _data.AsSpan(RecordStart, RecordEnd - RecordStart);

    /// <summary>Writes each field's raw range (without enclosing quotes, escapes not undone) relative to <see cref="RecordStart"/>.</summary>
    /// <param name="ranges">At least <see cref="FieldCount"/> elements.</param>
    public void FieldRanges(Span<Range> ranges)
    {
        var origin = RecordStart;
        for (var i = 0; i < FieldCount; i++)
        {
            ref readonly var f = ref _fields[i];
            ranges[i] = new Range(f.Start - origin, f.Start - origin + f.Length);
        }
    }

    /// <summary>Reads the next record.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="CsvFormatException">The record is malformed.</exception>
    public bool Read()
    {
        if (_pos >= _end)
        {
            return false;
        }

        RecordLine = _line;
        FieldCount = 0;
        HasEscapes = false;
        var data = _data;
        while (true)
        {
            if (FieldCount == _fields.Length)
            {
                Array.Resize(ref _fields, _fields.Length * 2);
            }

            var fieldLine = _line;
            var fieldLineStart = _lineStart;
            if (_pos < _end && data[_pos] == (byte)'"')
            {
                var open = _pos;
                var start = _pos + 1;
                var i = start;
                var escaped = false;
                while (true)
                {
                    var q = i < _end ? data.AsSpan(i, _end - i).IndexOf((byte)'"') : -1;
                    if (q < 0)
                    {
                        throw Error(fieldLine, fieldLineStart, open, "malformed CSV: a quoted field is never closed (RFC 4180: end the field with a quote and double inner quotes).");
                    }

                    CountLines(i, i + q);
                    i += q;
                    if (i + 1 < _end && data[i + 1] == (byte)'"')
                    {
                        escaped = true;
                        i += 2;
                        continue;
                    }

                    break;
                }

                _fields[FieldCount++] = new Field(start, i - start, fieldLine, fieldLineStart, Quoted: true, escaped);
                HasEscapes |= escaped;
                _pos = i + 1;
                if (_pos < _end && data[_pos] is not ((byte)',' or (byte)'\r' or (byte)'\n'))
                {
                    throw Error(_line, _lineStart, _pos, "malformed CSV: a quote inside an unquoted field or an unbalanced quote (RFC 4180: quote the whole field and double inner quotes).");
                }
            }
            else
            {
                var start = _pos;
                // Fields are mostly short: a scalar scan of the first bytes (all four special bytes are <= ','), then a
                // vectorised search for the rest of a long field.
                var stop = _pos;
                var limit = Math.Min(_end, _pos + 32);
                while (stop < limit && (data[stop] > (byte)',' || data[stop] is not ((byte)',' or (byte)'"' or (byte)'\r' or (byte)'\n')))
                {
                    stop++;
                }

                if (stop == limit && limit < _end)
                {
                    var k = data.AsSpan(limit, _end - limit).IndexOfAny(Unquoted);
                    stop = k < 0 ? _end : limit + k;
                }
                if (stop < _end && data[stop] == (byte)'"')
                {
                    throw Error(_line, _lineStart, stop, "malformed CSV: a quote inside an unquoted field or an unbalanced quote (RFC 4180: quote the whole field and double inner quotes).");
                }

                _fields[FieldCount++] = new Field(start, stop - start, fieldLine, fieldLineStart, Quoted: false, Escaped: false);
                _pos = stop;
            }

            if (_pos >= _end)
            {
                return true;
            }

            var b = data[_pos++];
            if (b == (byte)',')
            {
                continue;
            }

            if (b == (byte)'\r' && _pos < _end && data[_pos] == (byte)'\n')
            {
                _pos++;
            }

            _line++;
            _lineStart = _pos;
            return true;
        }
    }

    /// <summary>The raw bytes of field <paramref name="index"/> (without the enclosing quotes, escapes not undone).</summary>
    /// <param name="index">The field.</param>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> RawField(int index) => _data.AsSpan(_fields[index].Start, _fields[index].Length);

    /// <summary>Whether field <paramref name="index"/> was quoted.</summary>
    /// <param name="index">The field.</param>
    /// <returns>Whether it was quoted.</returns>
    public bool IsQuoted(int index) => _fields[index].Quoted;

    /// <summary>The value of field <paramref name="index"/> (<c>""</c> undone) as UTF-8 bytes; valid until the next call.</summary>
    /// <param name="index">The field.</param>
    /// <returns>The bytes.</returns>
    public ReadOnlySpan<byte> FieldBytes(int index)
    {
        ref readonly var f = ref _fields[index];
        var raw = _data.AsSpan(f.Start, f.Length);
        if (!f.Escaped)
        {
            return raw;
        }

        if (_scratch.Length < raw.Length)
        {
            _scratch = new byte[Math.Max(raw.Length, _scratch.Length * 2)];
        }

        var n = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            _scratch[n++] = raw[i];
            if (raw[i] == (byte)'"')
            {
                i++; // the second quote of a "" pair
            }
        }

        return _scratch.AsSpan(0, n);
    }

    /// <summary>The value of field <paramref name="index"/> as a string.</summary>
    /// <param name="index">The field.</param>
    /// <returns>The text.</returns>
    public string GetString(int index)
    {
        var bytes = FieldBytes(index);
        return bytes.Length == 0 ? string.Empty : Strict.GetString(bytes);
    }

    /// <summary>The 1-based line of field <paramref name="index"/>.</summary>
    /// <param name="index">The field.</param>
    /// <returns>The line.</returns>
    public int LineOf(int index) => _fields[index].Line;

    /// <summary>The 1-based column (UTF-16 characters in its line) of the first character of field <paramref name="index"/> (its opening quote when quoted).</summary>
    /// <param name="index">The field.</param>
    /// <returns>The column.</returns>
    public int ColumnOf(int index)
    {
        ref readonly var f = ref _fields[index];
        return ColumnAt(f.LineStart, f.Quoted ? f.Start - 1 : f.Start);
    }

    /// <summary>The text of the current record as written (fields, separators and quotes; without the final line break).</summary>
    /// <returns>The text.</returns>
    public string RecordText() => Strict.GetString(_data, RecordStart, RecordEnd - RecordStart);

    private int ColumnAt(int lineStart, int offset) => 1 + Strict.GetCharCount(_data, lineStart, offset - lineStart);

    private void CountLines(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var b = _data[i];
            if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 >= _end || _data[i + 1] != (byte)'\n')))
            {
                _line++;
                _lineStart = i + 1;
            }
        }
    }

    private CsvFormatException Error(int line, int lineStart, int offset, string rule)
    {
        var lineEnd = _data.AsSpan(lineStart, _end - lineStart).IndexOfAny((byte)'\r', (byte)'\n');
        var text = Strict.GetString(_data, lineStart, lineEnd < 0 ? _end - lineStart : lineEnd);
        return new CsvFormatException(line, ColumnAt(lineStart, offset), text, rule);
    }

    private readonly record struct Field(int Start, int Length, int Line, int LineStart, bool Quoted, bool Escaped);
}
