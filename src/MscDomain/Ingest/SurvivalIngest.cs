using System.Globalization;
using MscDomain.Analysis;
using MscDomain.Common;

namespace MscDomain.Ingest;

/// <summary>Reads survival rows (time to event or censoring per subject) for Kaplan-Meier and the log-rank test.</summary>
/// <remarks>A time is a number of days ≥ 0 (time from origin to event or censoring; Kaplan &amp; Meier 1958); the event
/// flag is a boolean in <see cref="IngestText.BooleanSpellings"/> (false = censored). Without a group column every row
/// is in group "All"; without an id column rows are named "line N". At least one row is required
/// (<see cref="DataIssueCodes.NoDataRows"/>).</remarks>
public static class SurvivalIngest
{
    /// <summary>The group of every row when no group column is named.</summary>
    public const string DefaultGroup = "All";

    /// <summary>Reads the rows.</summary>
    /// <param name="header">The header.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="timeColumn">Days to event or censoring.</param>
    /// <param name="eventColumn">Whether the event was observed.</param>
    /// <param name="groupColumn">The group (arm), or <see langword="null"/>.</param>
    /// <param name="idColumn">The subject id, or <see langword="null"/>.</param>
    /// <returns>The observations in input order and every issue.</returns>
    public static IngestResult<IReadOnlyList<SurvivalObservation>> Read(RawHeader header, IEnumerable<RawRow> rows, string timeColumn, string eventColumn, string? groupColumn = null, string? idColumn = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentException.ThrowIfNullOrWhiteSpace(timeColumn);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventColumn);
        var issues = new List<DataIssue>(header.Issues);
        var time = header.Require(timeColumn, "days to event or censoring", issues);
        var evt = header.Require(eventColumn, "event observed (true) or censored (false)", issues);
        var group = groupColumn is null ? -1 : header.Require(groupColumn, "the group", issues);
        var id = idColumn is null ? -1 : header.Require(idColumn, "the subject id", issues);
        var result = new List<SurvivalObservation>();
        if (issues.Count > 0)
        {
            return new(result, issues);
        }

        var record = new RawRecord(header, issues);
        foreach (var row in rows)
        {
            if (!record.Load(row))
            {
                continue;
            }

            var t = record.Decimal(time, required: true);
            var e = record.Boolean(evt, required: true);
            var g = group < 0 ? DefaultGroup : record.String(group, required: true);
            var name = id < 0 ? "line " + row.Line.ToString(CultureInfo.InvariantCulture) : record.String(id, required: true);
            if (t is < 0m)
            {
                record.Error(DataIssueCodes.OutOfRange, time, record.Raw(time), "is negative; survival times must be ≥ 0 days (time from origin to event or censoring).");
            }

            if (record.RowErrors == 0)
            {
                result.Add(new SurvivalObservation(name!, g!, t!.Value, e!.Value));
            }
        }

        if (result.Count == 0 && !issues.Any(i => i.Severity == DataIssueSeverity.Error))
        {
            issues.Add(DataIssue.Error(DataIssueCodes.NoDataRows, new SourceLocation(header.File), null, "the file has a header but no data rows; at least one subject is needed."));
        }

        return new(result, issues);
    }
}
