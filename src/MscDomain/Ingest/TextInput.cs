using System.Text;
using System.Text.Unicode;
using MscDomain.Common;

namespace MscDomain.Ingest;

/// <summary>
/// The one gate every text file passes before it is parsed: strict UTF-8 (an optional byte-order mark is accepted and
/// removed), no NUL characters. CRLF and LF line ends are both accepted.
/// </summary>
/// <remarks>
/// Invalid UTF-8 is an error (<see cref="DataIssueCodes.InvalidUtf8"/>), never decoded to U+FFFD: two different
/// invalid identifiers would otherwise decode to the same text and merge two participants. A NUL is an error
/// (<see cref="DataIssueCodes.NulCharacter"/>): it is never part of a CSV value and usually means a UTF-16 or binary
/// file. The location is the 1-based line and the 1-based column in characters of the first offending byte.
/// Validation is vectorised (<see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>, <see cref="MemoryExtensions.IndexOf{T}(ReadOnlySpan{T}, T)"/>);
/// lines and columns are counted only when a problem is found.
/// </remarks>
public static class TextInput
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The first problem in <paramref name="bytes"/> as UTF-8 text, or <see langword="null"/> when it is valid.</summary>
    /// <param name="bytes">The file's bytes (a leading byte-order mark is allowed).</param>
    /// <param name="file">The file name for the location, or <see langword="null"/>.</param>
    /// <returns>An error issue (MSC0101 or MSC0102), or <see langword="null"/>.</returns>
    public static DataIssue? Check(ReadOnlySpan<byte> bytes, string? file)
    {
        var body = WithoutBom(bytes, out var bomLength);
        var nul = body.IndexOf((byte)0);
        var valid = Utf8.IsValid(body);
        if (valid && nul < 0)
        {
            return null;
        }

        var invalidAt = valid ? int.MaxValue : FirstInvalid(body);
        if (nul >= 0 && nul < invalidAt)
        {
            var (line, column) = Position(body, nul);
            return DataIssue.Error(DataIssueCodes.NulCharacter, new SourceLocation(file, line, column), "\\0",
                "a NUL character (U+0000) is not allowed in text input; the file may be UTF-16 or binary; save it as UTF-8.");
        }

        var (l, c) = Position(body, invalidAt);
        var shown = Convert.ToHexString(body.Slice(invalidAt, Math.Min(4, body.Length - invalidAt)));
        _ = bomLength;
        return DataIssue.Error(DataIssueCodes.InvalidUtf8, new SourceLocation(file, l, c), "0x" + shown,
            "the bytes are not valid UTF-8; save the file as UTF-8 (invalid bytes are never replaced, so two different ids cannot merge).");
    }

    /// <summary>Decodes <paramref name="bytes"/> as strict UTF-8 after <see cref="Check"/>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="file">The file name for the location.</param>
    /// <returns>The text without a byte-order mark.</returns>
    /// <exception cref="IngestException">The bytes are not valid UTF-8 or contain a NUL.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string? file)
    {
        if (Check(bytes, file) is { } issue)
        {
            throw new IngestException(issue);
        }

        return Strict.GetString(WithoutBom(bytes, out _));
    }

    /// <summary>Reads a whole text file as strict UTF-8.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The text without a byte-order mark.</returns>
    /// <exception cref="IngestException">The bytes are not valid UTF-8 or contain a NUL.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static string ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Decode(File.ReadAllBytes(path), path);
    }

    /// <summary>Opens a text file for reading after checking all of its bytes as strict UTF-8 (one vectorised pass); the
    /// text is then decoded as it is read, so a large file is never held twice (bytes and string).</summary>
    /// <param name="path">The file.</param>
    /// <returns>A reader positioned after the byte-order mark; dispose it.</returns>
    /// <exception cref="IngestException">The bytes are not valid UTF-8 or contain a NUL.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static TextReader OpenFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var bytes = File.ReadAllBytes(path);
        if (Check(bytes, path) is { } issue)
        {
            throw new IngestException(issue);
        }

        WithoutBom(bytes, out var bom);
        return new StreamReader(new MemoryStream(bytes, bom, bytes.Length - bom, writable: false), Strict, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
    }

    private static ReadOnlySpan<byte> WithoutBom(ReadOnlySpan<byte> bytes, out int length)
    {
        length = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        return bytes[length..];
    }

    private static int FirstInvalid(ReadOnlySpan<byte> body)
    {
        var status = Utf8.ToUtf16(body, new char[Math.Max(1, body.Length)], out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
        return status == System.Buffers.OperationStatus.Done ? body.Length : read;
    }

    /// <summary>1-based line and column (in UTF-16 characters, counting valid text before the offset) of a byte offset.</summary>
    private static (int Line, int Column) Position(ReadOnlySpan<byte> body, int offset)
    {
        var before = body[..offset];
        var line = 1 + before.Count((byte)'\n');
        var lastBreak = before.LastIndexOf((byte)'\n');
        var lineBytes = before[(lastBreak + 1)..];
        var column = 1 + Encoding.UTF8.GetCharCount(lineBytes);
        return (line, column);
    }
}
