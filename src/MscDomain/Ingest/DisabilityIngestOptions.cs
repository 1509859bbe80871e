using MscDomain.Disability;

namespace MscDomain.Ingest;

/// <summary>
/// Columns and reading rules for long-format visit and relapse tables (one row per visit or relapse; msprog's input
/// layout: <c>subj_col</c>, <c>date_col</c>, <c>value_col</c>, <c>validconf_col</c>, <c>rsubj_col</c>, <c>rdate_col</c>).
/// The defaults are msprog's.
/// </summary>
public sealed record DisabilityIngestOptions
{
    /// <summary>The defaults: columns <c>id</c>, <c>date</c> and the outcome's name, ISO dates, EDSS, strict EDSS steps.</summary>
    public static DisabilityIngestOptions Default { get; } = new();

    /// <summary>The participant id column in both tables (default <c>id</c>; msprog <c>subj_col</c>).</summary>
    public string IdColumn { get; init; } = "id";

    /// <summary>The visit date column (default <c>date</c>; msprog <c>date_col</c>).</summary>
    public string DateColumn { get; init; } = "date";

    /// <summary>The outcome value column (msprog <c>value_col</c>); <see langword="null"/> = the outcome's conventional name (<see cref="DefaultValueColumn"/>).</summary>
    public string? ValueColumn { get; init; }

    /// <summary>The participant id column of the relapse table (msprog <c>rsubj_col</c>); <see langword="null"/> = <see cref="IdColumn"/>.</summary>
    public string? RelapseIdColumn { get; init; }

    /// <summary>The relapse onset column (msprog <c>rdate_col</c>); <see langword="null"/> = <see cref="DateColumn"/>.</summary>
    public string? RelapseDateColumn { get; init; }

    /// <summary>A boolean column marking visits that may confirm (msprog <c>validconf_col</c>); <see langword="null"/> = every visit may confirm.</summary>
    public string? ValidConfirmationColumn { get; init; }

    /// <summary>How dates are written (default ISO; msprog <c>date_format</c>).</summary>
    public DateCellFormat DateFormat { get; init; } = DateCellFormat.Iso;

    /// <summary>The outcome, for the value column's default name and range rule (default EDSS).</summary>
    public OutcomeKind Outcome { get; init; } = OutcomeKind.Edss;

    /// <summary>How EDSS values are checked (default strict: 0, 1.0, 1.5, …, 10 only; Kurtzke 1983).</summary>
    public EdssValidation EdssValidation { get; init; } = EdssValidation.Strict;

    /// <summary>Stop after this many errors (default 100), so a wrong file does not produce a million messages.</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The value column actually read.</summary>
    public string EffectiveValueColumn => ValueColumn ?? DefaultValueColumn(Outcome);

    /// <summary>The relapse participant id column actually read.</summary>
    public string EffectiveRelapseIdColumn => RelapseIdColumn ?? IdColumn;

    /// <summary>The relapse onset column actually read.</summary>
    public string EffectiveRelapseDateColumn => RelapseDateColumn ?? DateColumn;

    /// <summary>The conventional column name of an outcome (msprog's examples): EDSS, T25FW, NHPT, SDMT, value.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The column name.</returns>
    public static string DefaultValueColumn(OutcomeKind outcome) => outcome switch
    {
        OutcomeKind.Edss => "EDSS",
        OutcomeKind.T25fw => "T25FW",
        OutcomeKind.Nhpt => "NHPT",
        OutcomeKind.Sdmt => "SDMT",
        _ => "value",
    };
}
