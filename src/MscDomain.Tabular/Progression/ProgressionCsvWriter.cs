using MscDomain.Disability;

namespace MscDomain.Tabular.Progression;

/// <summary>Writes cohort results as msprog's output tables (<c>results</c>, <c>event_count</c>, <c>value_milestone()</c>),
/// with msprog's column names and R's <c>write.csv</c> conventions (see <see cref="MsprogResultsTable"/>): NA as an empty
/// cell, <c>TRUE</c>/<c>FALSE</c>, ISO dates or day numbers.</summary>
public static class ProgressionCsvWriter
{
    /// <summary>Writes the per-event <c>results</c> table (event-free participants as <c>nevent = 0</c> rows when
    /// <see cref="ConfirmedChangeOptions.IncludeStable"/>).</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="results">One result per participant, in output order.</param>
    /// <param name="options">The options the results were computed with (they decide the columns).</param>
    /// <param name="idColumn">Name of the id column.</param>
    /// <param name="dayNumbers">Write dates as day numbers (<see cref="DayNumbers"/>).</param>
    public static void WriteResults(TextWriter writer, IReadOnlyList<ParticipantConfirmedChange> results, ConfirmedChangeOptions options, string idColumn = "id", bool dayNumbers = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        RWriteCsv.Write(
            writer,
            MsprogResultsTable.ResultsHeader(options, idColumn),
            results,
            r => MsprogResultsTable.ResultsRows(r.ParticipantId, r.Result, options, dayNumbers),
            dayNumbers);
    }

    /// <summary>Writes the per-participant <c>event_count</c> table.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="results">One result per participant, in output order.</param>
    /// <param name="options">The options the results were computed with.</param>
    /// <param name="idColumn">Name of the id column.</param>
    public static void WriteEventCount(TextWriter writer, IReadOnlyList<ParticipantConfirmedChange> results, ConfirmedChangeOptions options, string idColumn = "id")
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        RWriteCsv.Write(
            writer,
            MsprogResultsTable.EventCountHeader(options, idColumn),
            results,
            r => [MsprogResultsTable.EventCountRow(r.ParticipantId, r.Result, options)]);
    }

    /// <summary>Writes the milestone table: <c>id, date, &lt;value column&gt;, time2event, observed</c>.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="results">One result per participant, in output order.</param>
    /// <param name="valueColumn">Name of the value column (msprog names it after the input's value column).</param>
    /// <param name="idColumn">Name of the id column.</param>
    /// <param name="dateColumn">Name of the date column.</param>
    /// <param name="dayNumbers">Write dates as day numbers.</param>
    public static void WriteMilestones(TextWriter writer, IReadOnlyList<ParticipantMilestone> results, string valueColumn, string idColumn = "id", string dateColumn = "date", bool dayNumbers = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(valueColumn);
        RWriteCsv.Write(
            writer,
            MsprogResultsTable.MilestoneHeader(valueColumn, idColumn, dateColumn),
            results,
            r => [MsprogResultsTable.MilestoneRow(r.ParticipantId, r.Result, dayNumbers)],
            dayNumbers);
    }
}
