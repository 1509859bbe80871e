using System.Globalization;
using System.Runtime.ExceptionServices;
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
        ArgumentNullException.ThrowIfNull(visits);
        return Read(visitsHeader, [visits], relapsesHeader, relapses, options);
    }

    /// <summary>
    /// Reads visits given in consecutive parts (a large file cut at record boundaries), reading the parts in parallel,
    /// and, optionally, relapses: the same result as <see cref="Read(RawHeader, IEnumerable{RawRow}, RawHeader?, IEnumerable{RawRow}?, DisabilityIngestOptions?)"/>
    /// for the parts' rows one after the other: the same participants in the same order, the same issues in the same
    /// order, the same stop after <see cref="DisabilityIngestOptions.MaxErrors"/> errors.
    /// </summary>
    /// <remarks>Each part is enumerated once, on a thread-pool thread, at most two parts per processor at a time; the
    /// rows are checked there and merged in part order. An exception from a part's enumeration (a malformed record) is
    /// raised after the rows before it, as a single enumeration would raise it, unless the error limit stopped reading first.</remarks>
    /// <param name="visitsHeader">The visit table's header.</param>
    /// <param name="visitParts">The visit rows in consecutive parts, in file order.</param>
    /// <param name="relapsesHeader">The relapse table's header, or <see langword="null"/> for none.</param>
    /// <param name="relapses">The relapse rows, or <see langword="null"/>.</param>
    /// <param name="options">Columns and rules; <see langword="null"/> for <see cref="DisabilityIngestOptions.Default"/>.</param>
    /// <returns>The participants and every issue.</returns>
    /// <exception cref="ArgumentNullException">An argument or a part is null.</exception>
    public static DisabilityIngestResult ReadInParallel(RawHeader visitsHeader, IReadOnlyList<IEnumerable<RawRow>> visitParts, RawHeader? relapsesHeader, IEnumerable<RawRow>? relapses, DisabilityIngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(visitParts);
        foreach (var part in visitParts)
        {
            ArgumentNullException.ThrowIfNull(part, nameof(visitParts));
        }

        return Read(visitsHeader, visitParts, relapsesHeader, relapses, options);
    }

    private static DisabilityIngestResult Read(RawHeader visitsHeader, IReadOnlyList<IEnumerable<RawRow>> visitParts, RawHeader? relapsesHeader, IEnumerable<RawRow>? relapses, DisabilityIngestOptions? options)
    {
        ArgumentNullException.ThrowIfNull(visitsHeader);
        options ??= DisabilityIngestOptions.Default;
        var issues = new List<DataIssue>(visitsHeader.Issues);
        var errors = new ErrorCounter(issues, options.MaxErrors);
        var columns = new VisitColumns(
            visitsHeader.Require(options.IdColumn, "the participant id column", issues),
            visitsHeader.Require(options.DateColumn, "the visit date column", issues),
            visitsHeader.Require(options.EffectiveValueColumn, "the outcome value column", issues),
            options.ValidConfirmationColumn is { } vc ? visitsHeader.Require(vc, "the valid-confirmation column", issues) : -1);
        if (errors.Any)
        {
            return Failed(issues);
        }

        var visits = new VisitAccumulator();
        if (visitParts.Count <= 1)
        {
            var parser = new VisitRowParser(visitsHeader, columns, options, issues);
            foreach (var raw in visitParts.Count == 0 ? Array.Empty<RawRow>() : visitParts[0])
            {
                if (errors.Full)
                {
                    break;
                }

                visits.Add(parser.Parse(raw));
            }
        }
        else
        {
            ReadParts(visitsHeader, visitParts, columns, options, issues, errors, visits);
        }

        var (ids, order, rows, missing, visitRows) = (visits.Ids, visits.Order, visits.Rows, visits.Missing, visits.VisitRows);
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

    /// <summary>Checks the parts on thread-pool threads (<see cref="OrderedParallel"/>) and merges them in order.</summary>
    private static void ReadParts(RawHeader header, IReadOnlyList<IEnumerable<RawRow>> parts, VisitColumns columns, DisabilityIngestOptions options,
        List<DataIssue> issues, ErrorCounter errors, VisitAccumulator visits)
    {
        // A part's buffers are reused once merged: fresh large lists per part would be large-object allocations, each
        // counting towards a full collection, while the visits already read are alive.
        var spare = new System.Collections.Concurrent.ConcurrentBag<ParsedPart>();
        OrderedParallel.Run(
            parts.Count,
            (i, stopped) =>
            {
                var part = spare.TryTake(out var p) ? p : new ParsedPart();
                var parser = new VisitRowParser(header, columns, options, part.Issues);
                try
                {
                    foreach (var raw in parts[i])
                    {
                        if (stopped())
                        {
                            break;
                        }

                        part.Add(parser.Parse(raw));
                    }
                }
                catch (Exception e)
                {
                    part.Error = ExceptionDispatchInfo.Capture(e);
                }

                return part;
            },
            (_, part) =>
            {
                var from = 0;
                for (var k = 0; k < part.Rows.Count; k++)
                {
                    if (errors.Full)
                    {
                        return false; // as a single enumeration stops: before this row, with no later row read
                    }

                    for (var j = from; j < part.IssueEnds[k]; j++)
                    {
                        issues.Add(part.Issues[j]);
                    }

                    from = part.IssueEnds[k];
                    var row = part.Rows[k];
                    visits.Add(row.Kind == RowKind.None ? default : row with { Id = part.Ids[row.IdIndex] });
                }

                part.Error?.Throw(); // after the rows before the bad record, as the enumeration would raise it
                part.Clear();
                spare.Add(part);
                return true;
            });
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

    private readonly record struct VisitColumns(int Id, int Date, int Value, int Confirmation);

    /// <summary>What one visit row contributes: nothing (unreadable id or date), its participant only (a value that was
    /// not kept), its participant and a missing-value line, or its participant and a visit.</summary>
    private enum RowKind
    {
        None,
        Participant,
        Missing,
        Visit,
    }

    private readonly record struct ParsedRow(RowKind Kind, string? Id, LocalDate Date, decimal Value, bool CanConfirm, int Line, int IdIndex = 0);

    /// <summary>The rules of one visit row (everything that does not depend on other rows), issues to its own list.</summary>
    private sealed class VisitRowParser(RawHeader header, VisitColumns columns, DisabilityIngestOptions options, List<DataIssue> issues)
    {
        private readonly RawRecord _record = new(header, issues);

        public ParsedRow Parse(RawRow raw)
        {
            var record = _record;
            if (!record.Load(raw))
            {
                return default;
            }

            var id = record.String(columns.Id, required: true);
            var date = record.Date(columns.Date, required: true, options.DateFormat);
            if (id is null || date is null)
            {
                return default;
            }

            if (record.IsMissing(columns.Value))
            {
                record.Add(DataIssue.Note(DataIssueCodes.MissingValueDropped, record.At(columns.Value), null,
                    $"no {options.EffectiveValueColumn} value: the row is dropped before analysis (msprog drops incomplete rows)."));
                return new ParsedRow(RowKind.Missing, id, default, 0, false, raw.Line);
            }

            var value = record.Decimal(columns.Value, required: true);
            if (value is not { } v)
            {
                return new ParsedRow(RowKind.Participant, id, default, 0, false, raw.Line);
            }

            if (OutcomeValueRule.Check(options.Outcome, options.EdssValidation, v) is { } problem)
            {
                record.Add(new DataIssue(problem.Severity, problem.Code, record.At(columns.Value), record.Raw(columns.Value), problem.Rule));
                if (problem.Severity == DataIssueSeverity.Error)
                {
                    return new ParsedRow(RowKind.Participant, id, default, 0, false, raw.Line);
                }
            }

            var canConfirm = columns.Confirmation < 0 || (record.Boolean(columns.Confirmation, required: true) ?? true);
            return new ParsedRow(record.RowErrors == 0 ? RowKind.Visit : RowKind.Participant, id, date.Value, v, canConfirm, raw.Line);
        }
    }

    /// <summary>The rows of the file in order: participants in order of first appearance, their visits, missing-value lines.</summary>
    private sealed class VisitAccumulator
    {
        public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

        public List<string> Order { get; } = [];

        public List<List<Row>> Rows { get; } = [];

        public List<int> Missing { get; } = [];

        public int VisitRows { get; private set; }

        public void Add(ParsedRow row)
        {
            VisitRows++;
            if (row.Kind == RowKind.None)
            {
                return;
            }

            if (!Ids.TryGetValue(row.Id!, out var p))
            {
                p = Order.Count;
                Ids[row.Id!] = p;
                Order.Add(row.Id!);
                Rows.Add([]);
            }

            if (row.Kind == RowKind.Missing)
            {
                Missing.Add(row.Line);
            }
            else if (row.Kind == RowKind.Visit)
            {
                Rows[p].Add(new Row(row.Date, row.Value, row.CanConfirm, row.Line));
            }
        }
    }

    /// <summary>A part's checked rows, the end of each row's issues in <see cref="Issues"/>, and the exception that ended it.</summary>
    /// <remarks>Rows keep their participant as an index into <see cref="Ids"/> (each id string once per part), so the
    /// rows themselves hold no references for the collector to trace.</remarks>
    private sealed class ParsedPart
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

        public List<ParsedRow> Rows { get; } = [];

        public List<string> Ids { get; } = [];

        public List<int> IssueEnds { get; } = [];

        public List<DataIssue> Issues { get; } = [];

        public ExceptionDispatchInfo? Error { get; set; }

        public void Add(ParsedRow row)
        {
            if (row.Kind != RowKind.None)
            {
                if (!_index.TryGetValue(row.Id!, out var i))
                {
                    i = Ids.Count;
                    _index.Add(row.Id!, i);
                    Ids.Add(row.Id!);
                }

                row = row with { Id = null, IdIndex = i };
            }

            Rows.Add(row);
            IssueEnds.Add(Issues.Count);
        }

        public void Clear()
        {
            _index.Clear();
            Rows.Clear();
            Ids.Clear();
            IssueEnds.Clear();
            Issues.Clear();
            Error = null;
        }
    }
}
