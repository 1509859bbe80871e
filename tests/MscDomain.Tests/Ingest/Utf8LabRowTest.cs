using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MscDomain.Common;
using MscDomain.Ingest;
using MscDomain.Safety;
using Range = System.Range;

namespace MscDomain.Tests.Ingest;

/// <summary>
/// The byte-level lab row reader (<c>LabRowIngest.Read(line, utf8, ranges)</c>) and the
/// plain-number fast path of <see cref="IngestText.TryParseDecimal"/> must answer exactly as the string reader and the
/// BCL's decimal parser do: the oracles here are those two, never the fast paths themselves.
/// </summary>
public sealed class Utf8LabRowTest
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    [Theory]
    [InlineData("0")]
    [InlineData("12")]
    [InlineData("0.50")]
    [InlineData("0.000")]
    [InlineData("007.5")]
    [InlineData("3.14159")]
    [InlineData("1234567890123456789")]
    [InlineData("99999999.9999999999")]
    [InlineData("0000000000000000000")]
    public void Plain_numbers_keep_the_BCL_parsers_value_and_scale(string text)
    {
        IngestText.TryParsePlainDecimal(text, out var fast).Should().BeTrue();
        var expected = decimal.Parse(text, Styles, CultureInfo.InvariantCulture);
        decimal.GetBits(fast).Should().Equal(decimal.GetBits(expected), "the scale (trailing zeros) is part of the value read");
    }

    [Theory]
    [InlineData("")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1e3")]
    [InlineData(" 1")]
    [InlineData("1.2.3")]
    [InlineData("12345678901234567890")]
    [InlineData("１２")]
    public void Other_spellings_are_left_to_the_general_parser(string text) => IngestText.TryParsePlainDecimal(text, out _).Should().BeFalse();

    [Property(MaxTest = 2000)]
    public Property The_fast_path_never_disagrees_with_the_BCL_parser(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        const string alphabet = "0123456789.0123456789 -+eE";
        var text = new string([.. Enumerable.Range(0, random.Next(0, 22)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
        var bcl = decimal.TryParse(text.Trim(), Styles, CultureInfo.InvariantCulture, out var expected);
        var ours = IngestText.TryParseDecimal(text, out var actual);
        var same = ours == bcl && (!ours || decimal.GetBits(actual).SequenceEqual(decimal.GetBits(expected)));
        return same.Label($"'{text}': ours {ours} {actual}, BCL {bcl} {expected}");
    }

    [Fact]
    public void No_missing_token_reads_as_a_number()
    {
        foreach (var token in IngestText.MissingTokens.Append(string.Empty).Append("   "))
        {
            IngestText.TryParseDecimal(token, out _).Should().BeFalse(token);
        }
    }

    private static readonly string[] Columns =
        ["term", "direction", "value", "unit", "lln", "uln", "baseline_value", "baseline_status", "ctcae_version", "symptomatic", "intervention_indicated", "on_anticoagulation", "is_baseline", "note"];

    private static readonly Dictionary<string, string[]> Pools = new()
    {
        ["term"] = ["Hypokalemia", "anemia", "INR increased", "potassium", "Unknown term", "", "NA", "Hyponatrémie", "Platelet count decreased", "Thrombocytopenia", "glucose"],
        ["direction"] = ["", "", "high", "low", "up", "NA", "High"],
        ["value"] = ["3.2", "0.50", "-1", "1e3", "", "NA", "x", "00.10", ".5", "5.", "\u00a03.2", "12345678901234567890123", "1e400", "３"],
        ["unit"] = ["mmol/L", "g/dL", "µmol/L", "", "cells/uL", "zz", "10^9/L", "mg/dl"],
        ["baseline_status"] = ["", "normal", "n", "high", "low", "unknown", "NA"],
        ["ctcae_version"] = ["v5.0", "v6.0", "v5.0", "v6.0", "5.0", "", "v7"],
        ["flag"] = ["", "true", "Y", "0", "maybe", "NA", "FALSE"],
        ["note"] = ["", "free text", "é", "日本", "a;b"],
    };

    private static string Pick(Random random, string column)
    {
        var pool = column switch
        {
            "lln" or "uln" or "baseline_value" => Pools["value"],
            "symptomatic" or "intervention_indicated" or "on_anticoagulation" or "is_baseline" => Pools["flag"],
            _ => Pools[column],
        };
        var cell = pool[random.Next(pool.Length)];
        return random.Next(6) switch
        {
            0 => " " + cell,
            1 => cell + "\t",
            _ => cell,
        };
    }

    [Property(MaxTest = 1500)]
    public Property Utf8_rows_read_as_the_string_reader_reads_them(NonNegativeInt seed)
    {
        var random = new Random(seed.Get);
        var columns = Columns.Where(c => random.Next(4) > 0 || LabRowIngest.RequiredColumns.Contains(c)).OrderBy(_ => random.Next()).ToArray();
        var header = RawHeader.Create(columns, "labs.csv");
        var cells = columns.Select(c => Pick(random, c)).ToList();
        switch (random.Next(12))
        {
            case 0:
                cells.RemoveAt(cells.Count - 1); // ragged: short
                break;
            case 1:
                cells.Add("extra"); // ragged: long
                break;
        }

        var text = string.Join(',', cells);
        var line = random.Next(2, 100_000);

        var expectedIssues = new List<DataIssue>();
        var expected = new LabRowIngest(header, expectedIssues).Read(new RawRow(line, cells, text));

        var actualIssues = new List<DataIssue>();
        var bytes = Encoding.UTF8.GetBytes(text);
        var ranges = new List<Range>();
        var start = 0;
        foreach (var c in cells)
        {
            var n = Encoding.UTF8.GetByteCount(c);
            ranges.Add(new Range(start, start + n));
            start += n + 1;
        }

        var actual = new LabRowIngest(header, actualIssues).Read(line, bytes, [.. ranges]);

        var same = Equals(actual, expected) && actual?.ToString() == expected?.ToString()
            && actualIssues.Select(i => i.ToString()).SequenceEqual(expectedIssues.Select(i => i.ToString()));
        return same.Label($"row '{text}' ({string.Join(",", columns)}): utf8 {actual} [{string.Join(" | ", actualIssues)}] vs string {expected} [{string.Join(" | ", expectedIssues)}]");
    }

    [Fact]
    public void A_clean_row_is_read_and_a_bad_row_is_located_in_characters()
    {
        var header = RawHeader.Create(LabRowIngest.RequiredColumns, "l.csv");
        var issues = new List<DataIssue>();
        var ingest = new LabRowIngest(header, issues);
        var good = "Hypokalemia,,2.9,mmol/L,3.5,5.1,,,v5.0";
        var input = ingest.Read(7, Encoding.UTF8.GetBytes(good), Ranges(good));
        input.Should().NotBeNull();
        input!.Value.Term.Should().Be(LabTerm.Hypokalemia);
        input.Value.Value.Should().Be(2.9m);
        issues.Should().BeEmpty();

        var bad = "Hypokalémie,,2,9,mmol/L,3.5,5.1,,,v5.0"; // a decimal comma: one cell too many
        ingest.Read(8, Encoding.UTF8.GetBytes(bad), Ranges(bad)).Should().BeNull();
        issues.Single().Code.Should().Be(DataIssueCodes.RaggedRow);

        issues.Clear();
        var unreadable = "Hypokalémie,,2x,mmol/L,3.5,5.1,,,v5.0";
        ingest.Read(9, Encoding.UTF8.GetBytes(unreadable), Ranges(unreadable)).Should().BeNull();
        issues.Single().Location.Column.Should().Be(14, "columns count characters, not bytes: 'é' is two bytes");
    }

    private static Range[] Ranges(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var ranges = new List<Range>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)',')
            {
                ranges.Add(new Range(start, i));
                start = i + 1;
            }
        }

        return [.. ranges];
    }

    [Fact]
    public void A_range_outside_the_text_is_an_argument_error()
    {
        var ingest = new LabRowIngest(RawHeader.Create(LabRowIngest.RequiredColumns, "l.csv"), new List<DataIssue>());
        var text = Encoding.UTF8.GetBytes("Hypokalemia,,2.9,mmol/L,3.5,5.1,,,v5.0");
        var ranges = Ranges("Hypokalemia,,2.9,mmol/L,3.5,5.1,,,v5.0");
        ranges[^1] = new Range(text.Length - 2, text.Length + 3);
        var act = () => ingest.Read(2, text, ranges);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_reported_in_any_column_never_replaced()
    {
        var issues = new List<DataIssue>();
        var ingest = new LabRowIngest(RawHeader.Create([.. LabRowIngest.RequiredColumns, "note"], "l.csv"), issues);
        byte[] text = [.. "Hypokalemia,,2.9,mmol/L,3.5,5.1,,,v5.0,é"u8, 0xFF, .. "x"u8];
        var ranges = Ranges("Hypokalemia,,2.9,mmol/L,3.5,5.1,,,v5.0,é?x");
        ranges[^1] = new Range(ranges[^1].Start, text.Length); // the note: 'é', an invalid byte, 'x'
        ingest.Read(4, text, ranges).Should().BeNull("the note is not graded, but its bytes are still checked");
        var issue = issues.Single();
        issue.Code.Should().Be(DataIssueCodes.InvalidUtf8);
        issue.Location.Line.Should().Be(4);
        issue.Location.Column.Should().Be(41, "40 characters precede the invalid byte ('é' is one character, two bytes)");
        issue.Value.Should().Be("0xFF78");
    }
}
