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

        if (!LabTermCatalog.TryResolve(termText, direction, out var term))
        {
            return new LabGradingInput { Term = LabTerm.None, Version = version.Value };
        }

        return new LabGradingInput
        {
            Term = term,
            Version = version.Value,
            Value = value,
            Unit = LabUnitParser.Parse(_record.Raw(_unit)),
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

    private T? Bad<T>(int column, string text, string rule)
        where T : struct
    {
        _record.Error(DataIssueCodes.UnreadableValue, column, text, rule);
        return null;
    }
}
