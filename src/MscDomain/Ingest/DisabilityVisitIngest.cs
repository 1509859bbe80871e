using System.Globalization;
using MscDomain.Common;
using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Ingest;

/// <summary>
/// Reads long-format visits (EDSS, T25FW, 9HPT, SDMT or a custom outcome; one row per assessment) and relapses (one row
/// per onset) into per-participant series: the one place for their rules.
/// </summary>
/// <remarks>
/// Rules (domain notes §13, msprog <c>MSprog()</c>): a row with a missing outcome value is dropped and reported
/// (<see cref="DataIssueCodes.MissingValueDropped"/>, a note); visits are sorted by date; of several rows of one participant
/// on one date the last row in file order is kept (<see cref="DataIssueCodes.SameDayDuplicate"/>, a note); values are
/// range-checked by the outcome's rule (the same rule the engine applies; T25FW and 9HPT must be positive seconds, EDSS
/// a Kurtzke step, SDMT 0–110). Errors: a missing column, a ragged row, a missing id or date, an unreadable date or
/// number, a value out of range, a relapse of a participant without visits (<see cref="DataIssueCodes.UnknownParticipant"/>).
/// </remarks>
public static class DisabilityVisitIngest
{
    /// <summary>Reads visits and, optionally, relapses.</summary>
    /// <param name="visitsHeader">The visit table's header.</param>
    /// <param name="visits">The visit rows, in file order (enumerated once).</param>
    /// <param name="relapsesHeader">The relapse table's header, or <see langword="null"/> for none.</param>
    /// <param name="relapses">The relapse rows, or <see langword="null"/>.</param>
    /// <param name="options">Columns and rules; <see langword="null"/> for <see cref="DisabilityIngestOptions.Default"/>.</param>
    /// <returns>The participants and every issue.</returns>
    public static DisabilityIngestResult Read(RawHeader visitsHeader, IEnumerable<RawRow> visits, RawHeader? relapsesHeader, IEnumerable<RawRow>? relapses, DisabilityIngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(visitsHeader);
        ArgumentNullException.ThrowIfNull(visits);
        options ??= DisabilityIngestOptions.Default;
        var issues = new List<DataIssue>(visitsHeader.Issues);
        var errors = new ErrorCounter(issues, options.MaxErrors);
        var idIx = visitsHeader.Require(options.IdColumn, "the participant id column", issues);
        var dateIx = visitsHeader.Require(options.DateColumn, "the visit date column", issues);
        var valueIx = visitsHeader.Require(options.EffectiveValueColumn, "the outcome value column", issues);
        var confIx = options.ValidConfirmationColumn is { } vc ? visitsHeader.Require(vc, "the valid-confirmation column", issues) : -1;
        if (errors.Any)
        {
            return Failed(issues);
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        var rows = new List<List<Row>>();
        var missing = new List<int>();
        var visitRows = 0;
        var record = new RawRecord(visitsHeader, issues);
        foreach (var raw in visits)
        {
            if (errors.Full)
            {
                break;
            }

            visitRows++;
            if (!record.Load(raw))
            {
                continue;
            }

            var id = record.String(idIx, required: true);
            var date = record.Date(dateIx, required: true, options.DateFormat);
            if (id is null || date is null)
            {
                continue;
            }

            if (!ids.TryGetValue(id, out var p))
            {
                p = order.Count;
                ids[id] = p;
                order.Add(id);
                rows.Add([]);
            }

            if (record.IsMissing(valueIx))
            {
                missing.Add(raw.Line);
                record.Add(DataIssue.Note(DataIssueCodes.MissingValueDropped, record.At(valueIx), null,
                    $"no {options.EffectiveValueColumn} value: the row is dropped before analysis (msprog drops incomplete rows)."));
                continue;
            }

            var value = record.Decimal(valueIx, required: true);
            if (value is not { } v)
            {
                continue;
            }

            if (OutcomeValueRule.Check(options.Outcome, options.EdssValidation, v) is { } problem)
            {
                record.Add(new DataIssue(problem.Severity, problem.Code, record.At(valueIx), record.Raw(valueIx), problem.Rule));
                if (problem.Severity == DataIssueSeverity.Error)
                {
                    continue;
                }
            }

            var canConfirm = confIx < 0 || (record.Boolean(confIx, required: true) ?? true);
            if (record.RowErrors == 0)
            {
                rows[p].Add(new Row(date.Value, v, canConfirm, raw.Line));
            }
        }

        var relapseLists = new List<LocalDate>?[order.Count];
        var relapseRows = 0;
        if (relapsesHeader is not null && relapses is not null && !errors.Full)
        {
            issues.AddRange(relapsesHeader.Issues);
            var rid = relapsesHeader.Require(options.EffectiveRelapseIdColumn, "the participant id column of the relapse table", issues);
            var rdate = relapsesHeader.Require(options.EffectiveRelapseDateColumn, "the relapse onset column", issues);
            if (rid >= 0 && rdate >= 0 && relapsesHeader.Issues.Count == 0)
            {
                var rrec = new RawRecord(relapsesHeader, issues);
                foreach (var raw in relapses)
                {
                    if (errors.Full)
                    {
                        break;
                    }

                    relapseRows++;
                    if (!rrec.Load(raw))
                    {
                        continue;
                    }

                    var id = rrec.String(rid, required: true);
                    var onset = rrec.Date(rdate, required: true, options.DateFormat);
                    if (id is null || onset is null)
                    {
                        continue;
                    }

                    if (!ids.TryGetValue(id, out var p))
                    {
                        rrec.Error(DataIssueCodes.UnknownParticipant, rid, id,
                            $"participant '{id}' has a relapse but no row in the visit table; every relapse must belong to a participant with visits.");
                        continue;
                    }

                    (relapseLists[p] ??= []).Add(onset.Value);
                }
            }
        }

        if (errors.Any)
        {
            return Failed(issues, visitRows, relapseRows);
        }

        var duplicates = new List<int>();
        var participants = new ParticipantDisabilityData[order.Count];
        var kept = 0;
        for (var p = 0; p < order.Count; p++)
        {
            var list = rows[p];
            var keys = new int[list.Count];
            var idx = new int[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                keys[i] = DayNumbers.Absolute(list[i].Date);
                idx[i] = i;
            }

            var count = OutcomeValueRule.SortAndMergeSameDay(keys, idx, list.Count, dropped =>
            {
                var row = list[dropped];
                duplicates.Add(row.Line);
                issues.Add(DataIssue.Note(DataIssueCodes.SameDayDuplicate, new SourceLocation(visitsHeader.File, row.Line, null, options.DateColumn),
                    row.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                    $"participant '{order[p]}' has a later row on the same date: this row is dropped, the last row of the day is kept (msprog)."));
            });
            var visitsOut = new DisabilityVisit[count];
            for (var k = 0; k < count; k++)
            {
                var r = list[idx[k]];
                visitsOut[k] = new DisabilityVisit(r.Date, r.Value, r.CanConfirm);
            }

            kept += count;
            var rel = relapseLists[p];
            rel?.Sort();
            participants[p] = new ParticipantDisabilityData(order[p], visitsOut, (IReadOnlyList<LocalDate>?)rel ?? []);
        }

        duplicates.Sort();
        return new DisabilityIngestResult
        {
            Participants = participants,
            Issues = issues,
            VisitRows = visitRows,
            VisitsKept = kept,
            RelapseRows = relapseRows,
            MissingValueLines = missing,
            SameDayDuplicateLines = duplicates,
        };
    }

    private static DisabilityIngestResult Failed(List<DataIssue> issues, int visitRows = 0, int relapseRows = 0) => new()
    {
        Participants = [],
        Issues = issues,
        VisitRows = visitRows,
        VisitsKept = 0,
        RelapseRows = relapseRows,
        MissingValueLines = [],
        SameDayDuplicateLines = [],
    };

    private readonly record struct Row(LocalDate Date, decimal Value, bool CanConfirm, int Line);
}
