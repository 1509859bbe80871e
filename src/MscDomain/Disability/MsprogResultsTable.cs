using System.Globalization;
using NodaTime;

namespace MscDomain.Disability;

/// <summary>Formats results exactly as msprog's output tables (<c>results</c>, <c>event_count</c>,
/// <c>value_milestone()</c>): msprog's column names and order, values as R writes them (numbers without
/// trailing zeros, <c>TRUE</c>/<c>FALSE</c>, ISO dates or day numbers), <see langword="null"/> for NA.</summary>
/// <remarks>Column rules (msprog 1.0.x): <c>CDW_type</c> only when RAW/PIRA classification is shown
/// (<see cref="ConfirmedChangeOptions.ShowsClassification"/>); <c>PIRA_conf&lt;d&gt;_*</c> only when
/// <see cref="ConfirmedChangeOptions.ShowsPiraConfirmation"/>; event-free participants get one row with
/// <c>nevent = 0</c> and <c>time2event = total_fu</c> when <see cref="ConfirmedChangeOptions.IncludeStable"/>.</remarks>
internal static class MsprogResultsTable
{
    /// <summary>Column names of the per-event <c>results</c> table.</summary>
    /// <param name="options">The options used.</param>
    /// <param name="idColumn">Name of the participant id column (msprog uses <c>subj_col</c>).</param>
    /// <returns>The header.</returns>
    public static IReadOnlyList<string> ResultsHeader(ConfirmedChangeOptions options, string idColumn = "id")
    {
        ArgumentNullException.ThrowIfNull(options);
        var h = new List<string> { idColumn, "nevent", "event_type" };
        if (options.ShowsClassification)
        {
            h.Add("CDW_type");
        }

        h.AddRange(["total_fu", "date", "value", "bl_date", "bl_value", "last_delta_date", "last_delta_value", "bl2event", "time2event", "sust_days", "sust_last"]);
        foreach (var d in options.ConfirmationDays)
        {
            h.Add($"conf{d}_date");
            h.Add($"conf{d}_value");
            if (options.ShowsPiraConfirmation)
            {
                h.Add($"PIRA_conf{d}_date");
                h.Add($"PIRA_conf{d}_value");
            }
        }

        return h;
    }

    /// <summary>Rows of the <c>results</c> table for one participant (none when event-free and not <c>IncludeStable</c>).</summary>
    /// <param name="participantId">The participant id.</param>
    /// <param name="result">The engine result.</param>
    /// <param name="options">The options used.</param>
    /// <param name="dayNumbers">Write dates as day numbers (<see cref="DayNumbers"/>; msprog <c>date_format = "day"</c>) instead of ISO dates.</param>
    /// <returns>Cells aligned with <see cref="ResultsHeader"/>; null = NA.</returns>
    public static IReadOnlyList<IReadOnlyList<string?>> ResultsRows(string participantId, ConfirmedChangeResult result, ConfirmedChangeOptions options, bool dayNumbers = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var rows = new List<IReadOnlyList<string?>>();
        var classified = options.ShowsClassification;
        var pira = options.ShowsPiraConfirmation;
        if (result.Events.Count == 0)
        {
            if (!options.IncludeStable)
            {
                return rows;
            }

            var r = new List<string?> { participantId, "0", string.Empty };
            if (classified)
            {
                r.Add(string.Empty);
            }

            var fu = Int(result.FollowUpDays);
            r.AddRange([fu, null, null, null, null, null, null, null, fu, null, "FALSE"]);
            foreach (var _ in options.ConfirmationDays)
            {
                r.AddRange([null, null]);
                if (pira)
                {
                    r.AddRange([null, null]);
                }
            }

            rows.Add(r);
            return rows;
        }

        foreach (var e in result.Events)
        {
            var r = new List<string?> { participantId, Int(e.Number), e.Kind == ChangeKind.Cdi ? "CDI" : "CDW" };
            if (classified)
            {
                r.Add(e.Kind == ChangeKind.Cdi ? string.Empty : e.Class switch { WorseningClass.Pira => "PIRA", WorseningClass.Raw => "RAW", _ => "undefined" });
            }

            r.AddRange(
            [
                Int(result.FollowUpDays),
                Date(e.Onset.Date, dayNumbers), Number(e.Onset.Value),
                Date(e.Baseline.Date, dayNumbers), Number(e.Baseline.Value),
                Date(e.LastDelta.Date, dayNumbers), Number(e.LastDelta.Value),
                Int(e.DaysFromBaseline), Int(e.DaysFromFirstVisit), Int(e.SustainedDays), e.SustainedToLastVisit ? "TRUE" : "FALSE",
            ]);
            for (var p = 0; p < options.ConfirmationDays.Count; p++)
            {
                var c = p < e.Confirmations.Count ? e.Confirmations[p] : null;
                r.Add(c?.Visit is { } v ? Date(v.Date, dayNumbers) : null);
                r.Add(c?.Visit is { } v2 ? Number(v2.Value) : null);
                if (pira)
                {
                    var pv = e.Class == WorseningClass.Pira ? c?.PiraVisit : null;
                    r.Add(pv is { } a ? Date(a.Date, dayNumbers) : null);
                    r.Add(pv is { } b ? Number(b.Value) : null);
                }
            }

            rows.Add(r);
        }

        return rows;
    }

    /// <summary>Column names of the per-participant <c>event_count</c> table.</summary>
    /// <param name="options">The options used.</param>
    /// <param name="idColumn">Name of the participant id column.</param>
    /// <returns>The header.</returns>
    public static IReadOnlyList<string> EventCountHeader(ConfirmedChangeOptions options, string idColumn = "id")
    {
        ArgumentNullException.ThrowIfNull(options);
        var classified = options.ShowsClassification;
        return options.Events switch
        {
            EventSelection.FirstCdw => classified ? [idColumn, "CDW", "RAW", "PIRA"] : [idColumn, "CDW"],
            EventSelection.FirstCdi => [idColumn, "CDI"],
            EventSelection.FirstPira => [idColumn, "PIRA"],
            EventSelection.FirstRaw => [idColumn, "RAW"],
            _ => classified ? [idColumn, "event_sequence", "CDI", "CDW", "RAW", "PIRA"] : [idColumn, "event_sequence", "CDI", "CDW"],
        };
    }

    /// <summary>The <c>event_count</c> row of one participant.</summary>
    /// <param name="participantId">The participant id.</param>
    /// <param name="result">The engine result.</param>
    /// <param name="options">The options used.</param>
    /// <returns>Cells aligned with <see cref="EventCountHeader"/>.</returns>
    public static IReadOnlyList<string?> EventCountRow(string participantId, ConfirmedChangeResult result, ConfirmedChangeOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var c = result.Counts;
        var classified = options.ShowsClassification;
        return options.Events switch
        {
            EventSelection.FirstCdw => classified ? [participantId, Int(c.Cdw), Int(c.Raw), Int(c.Pira)] : [participantId, Int(c.Cdw)],
            EventSelection.FirstCdi => [participantId, Int(c.Cdi)],
            EventSelection.FirstPira => [participantId, Int(c.Pira)],
            EventSelection.FirstRaw => [participantId, Int(c.Raw)],
            _ => classified
                ? [participantId, c.EventSequence, Int(c.Cdi), Int(c.Cdw), Int(c.Raw), Int(c.Pira)]
                : [participantId, c.EventSequence, Int(c.Cdi), Int(c.Cdw)],
        };
    }

    /// <summary>Column names of msprog's <c>value_milestone()</c> output.</summary>
    /// <param name="valueColumn">Name of the outcome column (msprog names the value column after it, e.g. <c>EDSS</c>).</param>
    /// <param name="idColumn">Name of the participant id column.</param>
    /// <param name="dateColumn">Name of the date column.</param>
    /// <returns>The header.</returns>
    public static IReadOnlyList<string> MilestoneHeader(string valueColumn = "EDSS", string idColumn = "id", string dateColumn = "date") =>
        [idColumn, dateColumn, valueColumn, "time2event", "observed"];

    /// <summary>The milestone row of one participant.</summary>
    /// <param name="participantId">The participant id.</param>
    /// <param name="result">The milestone result.</param>
    /// <param name="dayNumbers">Write dates as day numbers.</param>
    /// <returns>Cells aligned with <see cref="MilestoneHeader"/>.</returns>
    public static IReadOnlyList<string?> MilestoneRow(string participantId, MilestoneResult result, bool dayNumbers = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        return
        [
            participantId,
            result.Date is { } d ? Date(d, dayNumbers) : null,
            result.Value is { } v ? Number(v) : null,
            Int(result.DaysFromFirstVisit),
            result.Observed ? "TRUE" : "FALSE",
        ];
    }

    /// <summary>A number as R prints it in CSV output (invariant culture, no trailing zeros: 6, 1.5, 0).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    internal static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>A date as ISO <c>yyyy-MM-dd</c>, or as a day number.</summary>
    /// <param name="date">The date.</param>
    /// <param name="dayNumbers">Write <see cref="DayNumbers.ToDayNumber"/> instead.</param>
    /// <returns>The text.</returns>
    internal static string Date(LocalDate date, bool dayNumbers = false) =>
        dayNumbers ? DayNumbers.ToDayNumber(date).ToString(CultureInfo.InvariantCulture) : date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Int(int v) => v.ToString(CultureInfo.InvariantCulture);
}
