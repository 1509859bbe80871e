using MscDomain.Disability;
using MscDomain.Ingest;

namespace MscDomain.Tabular.Progression;

/// <summary>Column names and parsing rules for long-format visit and relapse CSV files (one row per visit or relapse),
/// as msprog's <c>MSprog()</c> reads them (<c>subj_col</c>, <c>date_col</c>, <c>value_col</c>, <c>validconf_col</c>).
/// The defaults are the core's (<see cref="DisabilityIngestOptions.Default"/>); the rules live in <see cref="DisabilityVisitIngest"/>.</summary>
public sealed record ProgressionCsvOptions
{
    /// <summary>The participant identifier column in both files (msprog <c>subj_col</c>; default <see cref="DisabilityIngestOptions.IdColumn"/>).</summary>
    public string IdColumn { get; init; } = DisabilityIngestOptions.Default.IdColumn;

    /// <summary>The visit date column (msprog <c>date_col</c>; default <see cref="DisabilityIngestOptions.DateColumn"/>).</summary>
    public string DateColumn { get; init; } = DisabilityIngestOptions.Default.DateColumn;

    /// <summary>The outcome value column (msprog <c>value_col</c>); null = the outcome's name (<see cref="DisabilityIngestOptions.DefaultValueColumn"/>).</summary>
    public string? ValueColumn { get; init; }

    /// <summary>The participant identifier column in the relapse file (msprog <c>rsubj_col</c>); null = <see cref="IdColumn"/>.</summary>
    public string? RelapseIdColumn { get; init; }

    /// <summary>The relapse onset column in the relapse file (msprog <c>rdate_col</c>); null = <see cref="DateColumn"/>.</summary>
    public string? RelapseDateColumn { get; init; }

    /// <summary>Optional logical column flagging visits that may confirm (msprog <c>validconf_col</c>); null = every visit may confirm.</summary>
    public string? ValidConfirmationColumn { get; init; }

    /// <summary>How dates are written (default ISO).</summary>
    public ProgressionDateFormat DateFormat { get; init; } = ProgressionDateFormat.Iso;

    /// <summary>The outcome, for range checks of the values (default EDSS).</summary>
    public OutcomeKind Outcome { get; init; } = DisabilityIngestOptions.Default.Outcome;

    /// <summary>How EDSS values are checked (default strict: 0, 1.0, 1.5, …, 10 only; Kurtzke 1983).</summary>
    public EdssValidation EdssValidation { get; init; } = DisabilityIngestOptions.Default.EdssValidation;

    /// <summary>The value column actually read: <see cref="ValueColumn"/> or the outcome's conventional name.</summary>
    public string EffectiveValueColumn => ToIngestOptions().EffectiveValueColumn;

    /// <summary>The relapse participant id column actually read.</summary>
    public string EffectiveRelapseIdColumn => ToIngestOptions().EffectiveRelapseIdColumn;

    /// <summary>The relapse onset column actually read.</summary>
    public string EffectiveRelapseDateColumn => ToIngestOptions().EffectiveRelapseDateColumn;

    /// <summary>The conventional column name of an outcome (msprog's examples): EDSS, T25FW, NHPT, SDMT, value.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The column name.</returns>
    public static string DefaultValueColumn(OutcomeKind outcome) => DisabilityIngestOptions.DefaultValueColumn(outcome);

    /// <summary>The same options for the core's ingest boundary.</summary>
    /// <returns>The ingest options.</returns>
    public DisabilityIngestOptions ToIngestOptions() => new()
    {
        IdColumn = IdColumn,
        DateColumn = DateColumn,
        ValueColumn = ValueColumn,
        RelapseIdColumn = RelapseIdColumn,
        RelapseDateColumn = RelapseDateColumn,
        ValidConfirmationColumn = ValidConfirmationColumn,
        DateFormat = DateFormat == ProgressionDateFormat.Day ? DateCellFormat.DayNumber : DateCellFormat.Iso,
        Outcome = Outcome,
        EdssValidation = EdssValidation,
    };
}
