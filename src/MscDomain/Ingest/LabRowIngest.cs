using System.Buffers;
using System.Text;
using System.Text.Unicode;
using MscDomain.AdverseEvents;
using MscDomain.Common;
using MscDomain.Safety;

namespace MscDomain.Ingest;

/// <summary>
/// Reads lab rows for CTCAE grading (one value per row): the one place for the lab table's columns and spellings.
/// </summary>
/// <remarks>
/// <para>Required columns: <c>term</c>, <c>direction</c> (<c>high</c>/<c>h</c>, <c>low</c>/<c>l</c>, or empty when the term
/// implies it), <c>value</c>, <c>unit</c>, <c>lln</c>, <c>uln</c>, <c>baseline_value</c>, <c>baseline_status</c>
/// (<c>normal</c>/<c>n</c>, <c>high</c>/<c>h</c>, <c>low</c>/<c>l</c>, or empty = unknown), <c>ctcae_version</c>
/// (its wire name, <c>v5.0</c> or <c>v6.0</c>). Direction, status and version are read as wire names
/// (<see cref="WireName"/>), exactly as JSON spells them. Optional booleans: <c>symptomatic</c>, <c>intervention_indicated</c>,
/// <c>on_anticoagulation</c>, <c>is_baseline</c> (empty = unknown).</para>
/// <para>Unknown term names, unsupported units and missing or impossible references are data, not reading errors:
/// the grader reports them as "not gradable" with a <see cref="CtcaeNotGradableReason"/>. Reading errors: an unreadable
/// number, flag, version, direction or status, a direction that contradicts the term
/// (<see cref="DataIssueCodes.LabDirectionContradictsTerm"/>), a missing column.</para>
/// </remarks>
public sealed class LabRowIngest
{
    private readonly RawRecord _record;
    private readonly char[] _chars = new char[1024];
    private int _used;
    private readonly int _term, _direction, _value, _unit, _lln, _uln, _baseline, _status, _version, _symptomatic, _intervention, _anticoagulation, _isBaseline;

    /// <summary>The required columns.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
        ["term", "direction", "value", "unit", "lln", "uln", "baseline_value", "baseline_status", "ctcae_version"];

    /// <summary>The optional boolean columns.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } = ["symptomatic", "intervention_indicated", "on_anticoagulation", "is_baseline"];

    /// <summary>Resolves the columns of <paramref name="header"/> once; missing required columns go to <paramref name="issues"/>.</summary>
    /// <param name="header">The header.</param>
    /// <param name="issues">Where problems go.</param>
    public LabRowIngest(RawHeader header, ICollection<DataIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(issues);
        foreach (var i in header.Issues)
        {
            issues.Add(i);
        }

        _record = new RawRecord(header, issues);
        int R(string name) => header.Require(name, "a lab grading column", issues);
        _term = R("term");
        _direction = R("direction");
        _value = R("value");
        _unit = R("unit");
        _lln = R("lln");
        _uln = R("uln");
        _baseline = R("baseline_value");
        _status = R("baseline_status");
        _version = R("ctcae_version");
        _symptomatic = header.IndexOf("symptomatic");
        _intervention = header.IndexOf("intervention_indicated");
        _anticoagulation = header.IndexOf("on_anticoagulation");
        _isBaseline = header.IndexOf("is_baseline");
    }

    /// <summary>Reads one row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The grading input (its term is <see cref="LabTerm.None"/> when the term is not recognised), or
    /// <see langword="null"/> when the row has an error (added to the issues).</returns>
    public LabGradingInput? Read(RawRow row)
    {
        if (!_record.Load(row))
        {
            return null;
        }

        var versionText = _record.Raw(_version) ?? string.Empty;
        CtcaeVersion? version = IngestText.TryParseEnum<CtcaeVersion>(versionText, out var v) ? v : null;
        if (version is null)
        {
            _record.Error(versionText.Length == 0 ? DataIssueCodes.MissingValue : DataIssueCodes.UnreadableValue, _version, versionText.Length == 0 ? null : versionText,
                "is not a CTCAE version; expected one of: " + IngestText.EnumSpellings<CtcaeVersion>() + ".");
        }

        var directionText = _record.Raw(_direction) ?? string.Empty;
        LabGradingDirection? direction = IngestText.IsMissing(directionText) ? null
            : IngestText.TryParseEnum<LabGradingDirection>(directionText, out var d) ? d
            : Bad<LabGradingDirection>(_direction, directionText, "is not " + IngestText.EnumSpellings<LabGradingDirection>() + " or empty (the term's own direction).");

        var statusText = _record.Raw(_status) ?? string.Empty;
        var status = IngestText.IsMissing(statusText) ? ReferenceRangeStatus.Unknown
            : IngestText.TryParseEnum<ReferenceRangeStatus>(statusText, out var st) && st != ReferenceRangeStatus.Unknown ? st
            : Bad<ReferenceRangeStatus>(_status, statusText, "is not normal, high, low or empty (unknown).") ?? ReferenceRangeStatus.Unknown;

        var value = _record.Decimal(_value, required: false);
        var lln = _record.Decimal(_lln, required: false);
        var uln = _record.Decimal(_uln, required: false);
        var baseline = _record.Decimal(_baseline, required: false);
        var symptomatic = _record.Boolean(_symptomatic, required: false);
        var intervention = _record.Boolean(_intervention, required: false);
        var anticoagulated = _record.Boolean(_anticoagulation, required: false);
        var isBaseline = _record.Boolean(_isBaseline, required: false) ?? false;
        var termText = _record.Raw(_term);
        if (direction is { } && !LabTermCatalog.TryResolve(termText, direction, out _) && LabTermCatalog.TryResolve(termText, null, out var other))
        {
            _record.Error(DataIssueCodes.LabDirectionContradictsTerm, _direction, directionText,
                $"contradicts term '{termText}', which grades {WireName.Of(LabTermCatalog.DirectionOf(other))} values (CTCAE).");
        }

        if (_record.RowErrors > 0 || version is null)
        {
            return null;
        }

        return Input(termText, direction, version.Value, _record.Raw(_unit), value, lln, uln, baseline, status, symptomatic, intervention, anticoagulated, isBaseline);
    }

    /// <summary>
    /// Reads one row given as UTF-8 bytes, without a string per cell (for byte-level readers such as a CSV tokeniser):
    /// the same input as <see cref="Read(RawRow)"/> for the same cells, and for a row with a problem the same issues,
    /// located in characters of <paramref name="text"/> as <see cref="RawRow.RawText"/> locates them.
    /// </summary>
    /// <remarks>Every cell goes through the same functions as in <see cref="Read(RawRow)"/> (<see cref="IngestText"/>,
    /// <see cref="WireName"/>, <see cref="LabTermCatalog"/>, <see cref="LabUnitParser"/>), read from the UTF-16 of the
    /// cell decoded into a reused buffer. A row that breaks a rule, has the wrong number of cells or holds
    /// very long cells is read again through <see cref="Read(RawRow)"/>, which reports it; bytes that are not UTF-8 are
    /// reported (<see cref="DataIssueCodes.InvalidUtf8"/>, located in characters of the valid text before them), never replaced.</remarks>
    /// <param name="line">The row's 1-based line.</param>
    /// <param name="text">The record's text as UTF-8 (a CSV record as written, with its quotes and separators).</param>
    /// <param name="cells">Each cell's value as a range of <paramref name="text"/>, in header order. A value that is not a
    /// contiguous part of the text (a CSV field with doubled quotes) cannot be given this way: read such a row with
    /// <see cref="Read(RawRow)"/>.</param>
    /// <returns>As <see cref="Read(RawRow)"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A range of <paramref name="cells"/> lies outside <paramref name="text"/>.</exception>
    public LabGradingInput? Read(int line, ReadOnlySpan<byte> text, ReadOnlySpan<Range> cells)
    {
        foreach (var cell in cells)
        {
            _ = cell.GetOffsetAndLength(text.Length); // throws for a range outside the text, before anything is read
        }

        if (!Utf8.IsValid(text))
        {
            // Reported, never replaced: two different values must not merge into one U+FFFD spelling.
            var chars = new char[text.Length];
            Utf8.ToUtf16(text, chars, out var validBytes, out var column, replaceInvalidSequences: false);
            _record.Issues.Add(DataIssue.Error(DataIssueCodes.InvalidUtf8, new SourceLocation(_record.Header.File, line, column + 1),
                "0x" + Convert.ToHexString(text.Slice(validBytes, Math.Min(4, text.Length - validBytes))),
                "the bytes are not valid UTF-8 (invalid bytes are never replaced, so two different values cannot merge)."));
            return null;
        }

        if (TryReadUtf8(text, cells, out var input))
        {
            return input;
        }

        var strings = new string[cells.Length];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = Encoding.UTF8.GetString(text[cells[i]]);
        }

        return Read(new RawRow(line, strings, Encoding.UTF8.GetString(text)));
    }

    /// <summary>The clean-row path of <see cref="Read(int, ReadOnlySpan{byte}, ReadOnlySpan{Range})"/>: the decisions of
    /// <see cref="Read(RawRow)"/> for a row without errors; <see langword="false"/> as soon as anything would be an issue.</summary>
    private bool TryReadUtf8(ReadOnlySpan<byte> text, ReadOnlySpan<Range> cells, out LabGradingInput input)
    {
        input = default;
        _used = 0;
        if (cells.Length != _record.Header.Count
            || !Cell(text, cells, _version, out var versionText) || !EnumSpelling<CtcaeVersion>.TryParse(versionText, out var version)
            || !Cell(text, cells, _direction, out var directionText)
            || !Cell(text, cells, _status, out var statusText))
        {
            return false;
        }

        LabGradingDirection? direction = null;
        if (!IngestText.IsMissing(directionText))
        {
            if (!EnumSpelling<LabGradingDirection>.TryParse(directionText, out var d))
            {
                return false;
            }

            direction = d;
        }

        var status = ReferenceRangeStatus.Unknown;
        if (!IngestText.IsMissing(statusText) && (!EnumSpelling<ReferenceRangeStatus>.TryParse(statusText, out status) || status == ReferenceRangeStatus.Unknown))
        {
            return false;
        }

        if (!Number(text, cells, _value, out var value) || !Number(text, cells, _lln, out var lln) || !Number(text, cells, _uln, out var uln)
            || !Number(text, cells, _baseline, out var baseline)
            || !Flag(text, cells, _symptomatic, out var symptomatic) || !Flag(text, cells, _intervention, out var intervention)
            || !Flag(text, cells, _anticoagulation, out var anticoagulated) || !Flag(text, cells, _isBaseline, out var isBaseline)
            || !Cell(text, cells, _term, out var termText))
        {
            return false;
        }

        if ((direction is { } && !LabTermCatalog.TryResolve(termText, direction, out _) && LabTermCatalog.TryResolve(termText, null, out _))
            || !Cell(text, cells, _unit, out var unitText))
        {
            return false;
        }

        input = Input(termText, direction, version, unitText, value, lln, uln, baseline, status, symptomatic, intervention, anticoagulated, isBaseline ?? false);
        return true;
    }

    /// <summary>The grading input of a row read without errors (both readers build it here): the term resolved from its
    /// name and direction (<see cref="LabTerm.None"/>, with nothing else, when it is not recognised) and the unit parsed.</summary>
    private static LabGradingInput Input(ReadOnlySpan<char> termText, LabGradingDirection? direction, CtcaeVersion version, ReadOnlySpan<char> unitText,
        decimal? value, decimal? lln, decimal? uln, decimal? baseline, ReferenceRangeStatus status, bool? symptomatic, bool? intervention, bool? anticoagulated, bool isBaseline)
    {
        if (!LabTermCatalog.TryResolve(termText, direction, out var term))
        {
            return new LabGradingInput { Term = LabTerm.None, Version = version };
        }

        return new LabGradingInput
        {
            Term = term,
            Version = version,
            Value = value,
            Unit = LabUnitParser.Parse(unitText),
            Lln = lln,
            Uln = uln,
            BaselineValue = baseline,
            BaselineStatus = status,
            Symptomatic = symptomatic,
            InterventionIndicated = intervention,
            OnAnticoagulation = anticoagulated,
            IsBaselineRecord = isBaseline,
        };
    }

    /// <summary>Decodes cell <paramref name="column"/> into the buffer; an absent column (-1) is empty. <see langword="false"/>
    /// for invalid UTF-8 or when the buffer is full.</summary>
    private bool Cell(ReadOnlySpan<byte> text, ReadOnlySpan<Range> cells, int column, out ReadOnlySpan<char> value)
    {
        value = default;
        if (column < 0)
        {
            return true;
        }

        var bytes = text[cells[column]];
        var free = _chars.AsSpan(_used);
        var written = 0;
        if (bytes.Length <= free.Length)
        {
            // ASCII, the common case, widened in place; the first other byte hands the cell to the UTF-8 decoder.
            while (written < bytes.Length && bytes[written] < 0x80)
            {
                free[written] = (char)bytes[written];
                written++;
            }
        }

        if (written < bytes.Length && Utf8.ToUtf16(bytes, free, out _, out written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return false;
        }

        value = _chars.AsSpan(_used, written);
        _used += written;
        return true;
    }

    /// <summary>A decimal cell as <see cref="RawRecord.Decimal"/> reads it (missing → null); <see langword="false"/> when unreadable.</summary>
    private bool Number(ReadOnlySpan<byte> text, ReadOnlySpan<Range> cells, int column, out decimal? value)
    {
        value = null;
        if (!Cell(text, cells, column, out var t))
        {
            return false;
        }

        // A number first: no missing token reads as a number (NaN included), so the order does not change the answer.
        if (column >= 0 && IngestText.TryParseDecimal(t, out var d))
        {
            value = d;
            return true;
        }

        return column < 0 || IngestText.IsMissing(t);
    }

    /// <summary>A boolean cell as <see cref="RawRecord.Boolean"/> reads it (absent or missing → null); <see langword="false"/> when unreadable.</summary>
    private bool Flag(ReadOnlySpan<byte> text, ReadOnlySpan<Range> cells, int column, out bool? value)
    {
        value = null;
        if (!Cell(text, cells, column, out var t))
        {
            return false;
        }

        if (column < 0 || IngestText.IsMissing(t))
        {
            return true;
        }

        if (!IngestText.TryParseBoolean(t, out var b))
        {
            return false;
        }

        value = b;
        return true;
    }

    private T? Bad<T>(int column, string text, string rule)
        where T : struct
    {
        _record.Error(DataIssueCodes.UnreadableValue, column, text, rule);
        return null;
    }
}
