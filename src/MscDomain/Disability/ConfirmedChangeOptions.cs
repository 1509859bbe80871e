namespace MscDomain.Disability;

/// <summary>Every criterion of the confirmed disability change search; defaults equal the R package msprog's
/// (<c>MSprog()</c>, Montobbio et al., <i>Mult Scler</i> 2024;30:1185; CRAN msprog 1.0.x).</summary>
/// <remarks>
/// <para>msprog names in brackets: <see cref="Outcome"/> [outcome], <see cref="Events"/> [event],
/// <see cref="ClassifyRawPira"/> [RAW_PIRA], <see cref="Baseline"/> [baseline], <see cref="ProceedFrom"/>
/// [proceed_from], <see cref="SubThresholdRebaseline"/> [sub_threshold_rebl], <see cref="RelapseRebaseline"/>
/// [relapse_rebl], <see cref="BaselineNeverLower"/> [bl_geq], <see cref="SkipLocalExtrema"/>
/// [skip_local_extrema], <see cref="ConfirmationDays"/> [conf_days], <see cref="ConfirmationTolerance"/>
/// [conf_tol_days], <see cref="CheckIntermediate"/> [check_intermediate], <see cref="RequireSustainedDays"/>
/// [require_sust_days], <see cref="RelapseToBaseline"/> [relapse_to_bl], <see cref="RelapseToEvent"/>
/// [relapse_to_event], <see cref="RelapseToConfirmation"/> [relapse_to_conf], <see cref="RelapseAssociation"/>
/// [relapse_assoc], <see cref="Pira"/> [relapse_indep], <see cref="ImputeLastVisit"/> [impute_last_visit].</para>
/// <para>Build from msprog-style strings with <see cref="FromMsprogArguments"/>; describe for a methods
/// section with <see cref="Describe"/>.</para>
/// </remarks>
public sealed partial record ConfirmedChangeOptions
{
    /// <summary>Value of <see cref="RequireSustainedDays"/> meaning "sustained to the end of follow-up" (R <c>Inf</c>).</summary>
    public const int SustainedToEnd = int.MaxValue;

    /// <summary>The outcome measure (default EDSS).</summary>
    public OutcomeKind Outcome { get; init; } = OutcomeKind.Edss;

    /// <summary>Direction of worsening; required for <see cref="OutcomeKind.Custom"/>, ignored otherwise (EDSS/T25FW/9HPT increase, SDMT decrease).</summary>
    public WorseningDirection? Worsening { get; init; }

    /// <summary>EDSS delta table (default <see cref="DeltaBands.MsprogDefault"/>).</summary>
    public DeltaBands EdssDeltas { get; init; } = DeltaBands.MsprogDefault;

    /// <summary>Custom delta function of the reference value (msprog <c>delta_fun</c>); overrides the built-in delta for any outcome; required for <see cref="OutcomeKind.Custom"/>.</summary>
    public Func<decimal, decimal>? CustomDelta { get; init; }

    /// <summary>A name for <see cref="CustomDelta"/> used in settings reports.</summary>
    public string? CustomDeltaName { get; init; }

    /// <summary>Which events are reported (default <see cref="EventSelection.FirstCdw"/>).</summary>
    public EventSelection Events { get; init; } = EventSelection.FirstCdw;

    /// <summary>Whether worsenings are classified RAW/PIRA/undefined in reports (msprog <c>RAW_PIRA</c>, default false; forced on for FirstPira/FirstRaw).</summary>
    public bool ClassifyRawPira { get; init; }

    /// <summary>Baseline scheme (default fixed).</summary>
    public BaselineScheme Baseline { get; init; } = BaselineScheme.Fixed;

    /// <summary>Where the search resumes after an event (default first confirmation).</summary>
    public ProceedFrom ProceedFrom { get; init; } = ProceedFrom.FirstConfirmation;

    /// <summary>Sub-threshold re-baselining (default none).</summary>
    public SubThresholdRebaseline SubThresholdRebaseline { get; init; } = SubThresholdRebaseline.None;

    /// <summary>Post-relapse re-baselining (Kappos 2020; default false).</summary>
    public bool RelapseRebaseline { get; init; }

    /// <summary>A new reference value is never lower than the previous one (msprog <c>bl_geq</c>, attributed to S. Yiu; Kappos 2020; default false).</summary>
    /// <remarks>Only used with <see cref="RelapseRebaseline"/> (domain notes §7): every new reference then carries the previous
    /// reference value when its own is lower, and that carried value is what the visit contributes afterwards.</remarks>
    public bool BaselineNeverLower { get; init; }

    /// <summary>Skip local extrema as baselines (default none).</summary>
    public SkipLocalExtrema SkipLocalExtrema { get; init; } = SkipLocalExtrema.None;

    /// <summary>Confirmation periods in days, strictly ascending; several = "confirmed at either" (default [84] = 12 weeks).</summary>
    public IReadOnlyList<int> ConfirmationDays { get; init; } = [84];

    /// <summary>Tolerance around each period (default (7, 730.5) days).</summary>
    public ConfirmationTolerance ConfirmationTolerance { get; init; } = ConfirmationTolerance.MsprogDefault;

    /// <summary>The change must hold at every visit from onset to the confirmation visit (default true).</summary>
    public bool CheckIntermediate { get; init; } = true;

    /// <summary>Days over which a confirmed change must be sustained (default 0 = off; <see cref="SustainedToEnd"/> = to the end of follow-up).</summary>
    public int RequireSustainedDays { get; init; }

    /// <summary>A visit this close to a relapse cannot be a baseline (strict &lt;; default 30 days since the last relapse).</summary>
    public RelapseWindow RelapseToBaseline { get; init; } = new(30);

    /// <summary>A visit this close to a relapse cannot be an onset (strict &lt;; default 0 = off).</summary>
    public RelapseWindow RelapseToEvent { get; init; } = RelapseWindow.None;

    /// <summary>A visit this close to a relapse cannot confirm (strict &lt;; default 30 days since the last relapse).</summary>
    public RelapseWindow RelapseToConfirmation { get; init; } = new(30);

    /// <summary>A worsening with onset within this window of a relapse is RAW (inclusive ≤; default 90 days after onset of a relapse).</summary>
    public RelapseWindow RelapseAssociation { get; init; } = new(90);

    /// <summary>PIRA relapse-free windows (default <see cref="PiraDefinition.Muller2023"/>).</summary>
    public PiraDefinition Pira { get; init; } = PiraDefinition.Muller2023;

    /// <summary>Last-visit imputation: 0 never (default), 1 always, p in (0,1) with probability p, N &gt; 1 only if the last visit is ≤ N days after the first.</summary>
    public decimal ImputeLastVisit { get; init; }

    /// <summary>Random source for probabilistic imputation (0 &lt; <see cref="ImputeLastVisit"/> &lt; 1); required then.</summary>
    public Random? ImputationRandom { get; init; }

    /// <summary>How threshold inequalities are evaluated (default exact decimal).</summary>
    public ThresholdArithmetic Arithmetic { get; init; } = ThresholdArithmetic.Exact;

    /// <summary>EDSS validation (default strict: only valid EDSS steps).</summary>
    public EdssValidation EdssValidation { get; init; } = EdssValidation.Strict;

    /// <summary>Whether event-free participants get a censoring row in msprog-style tables (msprog <c>include_stable</c>, default true).</summary>
    public bool IncludeStable { get; init; } = true;

    /// <summary>The effective direction of worsening.</summary>
    /// <exception cref="InvalidOperationException">Custom outcome without <see cref="Worsening"/>.</exception>
    public WorseningDirection EffectiveWorsening => Outcome switch
    {
        OutcomeKind.Sdmt => WorseningDirection.Decrease,
        OutcomeKind.Custom => Worsening ?? throw new InvalidOperationException("A custom outcome needs Worsening (increase or decrease)."),
        _ => WorseningDirection.Increase,
    };

    /// <summary>Whether RAW/PIRA classes are shown in reports (<see cref="ClassifyRawPira"/>, or FirstPira/FirstRaw; never for FirstCdi).</summary>
    public bool ShowsClassification => Events != EventSelection.FirstCdi && (ClassifyRawPira || Events is EventSelection.FirstPira or EventSelection.FirstRaw);

    /// <summary>Whether PIRA confirmation columns are shown (classification on and not FirstRaw/FirstCdi).</summary>
    public bool ShowsPiraConfirmation => ShowsClassification && Events != EventSelection.FirstRaw;

    /// <summary>Checks the options for consistency.</summary>
    /// <exception cref="ArgumentException">An option is invalid (message names it, its value and the rule).</exception>
    public void Validate()
    {
        if (ConfirmationDays is null || ConfirmationDays.Count == 0)
        {
            throw new ArgumentException("ConfirmationDays needs at least one period (days).", nameof(ConfirmationDays));
        }

        for (var i = 0; i < ConfirmationDays.Count; i++)
        {
            if (ConfirmationDays[i] <= 0 || (i > 0 && ConfirmationDays[i] <= ConfirmationDays[i - 1]))
            {
                throw new ArgumentException($"ConfirmationDays must be positive and strictly ascending; got [{string.Join(", ", ConfirmationDays)}].", nameof(ConfirmationDays));
            }
        }

        if (RequireSustainedDays < 0)
        {
            throw new ArgumentException($"RequireSustainedDays must be ≥ 0; got {RequireSustainedDays}.", nameof(RequireSustainedDays));
        }

        if (ImputeLastVisit < 0)
        {
            throw new ArgumentException($"ImputeLastVisit must be ≥ 0; got {ImputeLastVisit}.", nameof(ImputeLastVisit));
        }

        if (ImputeLastVisit is > 0 and < 1 && ImputationRandom is null)
        {
            throw new ArgumentException($"ImputeLastVisit = {ImputeLastVisit} is a probability: supply ImputationRandom.", nameof(ImputationRandom));
        }

        if (Outcome == OutcomeKind.Custom && (Worsening is null || CustomDelta is null))
        {
            throw new ArgumentException("A custom outcome needs both Worsening and CustomDelta.", nameof(Outcome));
        }

        ArgumentNullException.ThrowIfNull(Pira);
        Pira.Validate();
        ArgumentNullException.ThrowIfNull(EdssDeltas);
        CheckDayRange(ConfirmationDays, RequireSustainedDays, [RelapseToBaseline, RelapseToEvent, RelapseToConfirmation, RelapseAssociation]);
    }

    /// <summary>The longest period in days an option may name: the span of the calendar 0001-01-01 … 9999-12-31, so that
    /// day arithmetic on any valid date cannot overflow.</summary>
    public const int MaxPeriodDays = 3_652_058;

    /// <summary>Checks that periods and windows are at most <see cref="MaxPeriodDays"/>.</summary>
    internal static void CheckDayRange(IReadOnlyList<int> confirmationDays, int requireSustainedDays, RelapseWindow[] windows)
    {
        if (confirmationDays[^1] > MaxPeriodDays)
        {
            throw new ArgumentOutOfRangeException(nameof(ConfirmationDays), confirmationDays[^1], $"A confirmation period must be at most {MaxPeriodDays} days (the calendar's span).");
        }

        if (requireSustainedDays > MaxPeriodDays && requireSustainedDays != SustainedToEnd)
        {
            throw new ArgumentOutOfRangeException(nameof(RequireSustainedDays), requireSustainedDays, $"RequireSustainedDays must be at most {MaxPeriodDays} days, or SustainedToEnd.");
        }

        foreach (var w in windows)
        {
            if (w.DaysSinceLast > MaxPeriodDays || w.DaysUntilNext > MaxPeriodDays)
            {
                throw new ArgumentOutOfRangeException(nameof(windows), w.ToString(), $"A relapse window must be at most {MaxPeriodDays} days on each side.");
            }
        }
    }

    /// <summary>The name of the delta rule in force (for reports).</summary>
    public string DeltaName => CustomDelta is not null
        ? CustomDeltaName ?? "custom"
        : Outcome switch
        {
            OutcomeKind.Edss => EdssDeltas.Name,
            OutcomeKind.T25fw or OutcomeKind.Nhpt => "20% of reference",
            OutcomeKind.Sdmt => "min(4, 20% of reference)",
            _ => "custom",
        };
}
