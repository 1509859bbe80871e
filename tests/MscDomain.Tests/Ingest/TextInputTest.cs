using System.Text;
using MscDomain.Common;
using MscDomain.Ingest;

namespace MscDomain.Tests.Ingest;

public sealed class TextInputTest
{
    [Fact]
    public void Valid_UTF8_with_BOM_and_CRLF_is_accepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "id,név\r\nP1,Zoë\r\n"u8];
        TextInput.Check(bytes, "a.csv").Should().BeNull();
        TextInput.Decode(bytes, "a.csv").Should().Be("id,név\r\nP1,Zoë\r\n");
    }

    [Fact]
    public void Invalid_UTF8_is_MSC0101_with_line_and_character_column()
    {
        // Line 2 "P1,Zo" then 0xFF: the bad byte is the 6th character of line 2.
        byte[] bytes = [.. "id,name\nP1,Zo"u8, 0xFF, .. "\n"u8];
        var issue = TextInput.Check(bytes, "a.csv");
        issue.Should().NotBeNull();
        issue!.Code.Should().Be(DataIssueCodes.InvalidUtf8);
        issue.Severity.Should().Be(DataIssueSeverity.Error);
        issue.Location.Should().Be(new SourceLocation("a.csv", 2, 6));
        issue.Value.Should().Be("0xFF0A");
    }

    [Fact]
    public void A_truncated_multibyte_sequence_counts_columns_in_characters()
    {
        // "é" is 2 bytes but one character: the lone 0xC3 after "é," is character 3.
        byte[] bytes = [.. "é,"u8, 0xC3];
        TextInput.Check(bytes, null)!.Location.Should().Be(new SourceLocation(null, 1, 3));
    }

    [Fact]
    public void NUL_is_MSC0102_even_in_otherwise_valid_text()
    {
        byte[] bytes = [.. "id\nP"u8, 0, .. "1\n"u8];
        var issue = TextInput.Check(bytes, "n.csv")!;
        issue.Code.Should().Be(DataIssueCodes.NulCharacter);
        issue.Location.Should().Be(new SourceLocation("n.csv", 2, 2));
    }

    [Fact]
    public void UTF16_text_is_rejected_not_read_as_garbage() =>
        TextInput.Check(Encoding.Unicode.GetBytes("id\nP1\n"), "u.csv")!.Code.Should().Be(DataIssueCodes.NulCharacter);

    [Fact]
    public void Decode_throws_IngestException_carrying_the_issue() =>
        FluentActions.Invoking(() => TextInput.Decode([0x80], "x.csv")).Should().Throw<IngestException>()
            .Which.FirstError.Code.Should().Be(DataIssueCodes.InvalidUtf8);

    [Fact]
    public void OpenFile_checks_the_bytes_then_streams_the_text_without_the_BOM()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ti-{Guid.NewGuid():N}.csv");
        try
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "a,b\r\n1,é\r\n"u8]);
            using (var r = TextInput.OpenFile(path))
            {
                r.ReadToEnd().Should().Be("a,b\r\n1,é\r\n");
            }

            File.WriteAllBytes(path, [.. "a\n"u8, 0xC0, 0x80]); // overlong encoding of NUL: invalid UTF-8
            FluentActions.Invoking(() => TextInput.OpenFile(path)).Should().Throw<IngestException>()
                .Which.FirstError.Location.Should().Be(new SourceLocation(path, 2, 1));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
