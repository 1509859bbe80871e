namespace MscDomain.Disability;

/// <summary>Criteria for the time to a confirmed disability milestone (msprog <c>value_milestone()</c>), e.g. EDSS ≥ 6.</summary>
/// <remarks>"Reaches" means value ≥ milestone, or ≤ when lower values are worse (SDMT). Defaults follow msprog
/// (Montobbio et al. 2024) with a 12-week confirmation period as in the rest of this library.</remarks>
public sealed partial record MilestoneOptions
{
    /// <summary>The milestone value (e.g. 6 for EDSS ≥ 6).</summary>
    public required decimal Milestone { get; init; }

    /// <summary>The outcome (default EDSS).</summary>
    public OutcomeKind Outcome { get; init; } = OutcomeKind.Edss;

    /// <summary>Direction of worsening; required for custom outcomes.</summary>
    public WorseningDirection? Worsening { get; init; }

    /// <summary>Confirmation periods in days, strictly ascending (default [84]).</summary>
    public IReadOnlyList<int> ConfirmationDays { get; init; } = [84];

    /// <summary>Tolerance around each period (default (7, 730.5)).</summary>
    public ConfirmationTolerance ConfirmationTolerance { get; init; } = ConfirmationTolerance.MsprogDefault;

    /// <summary>Days the milestone must be sustained (0 = off; <see cref="ConfirmedChangeOptions.SustainedToEnd"/> = to the end of follow-up).</summary>
    public int RequireSustainedDays { get; init; }

    /// <summary>A visit this close to a relapse cannot reach the milestone (default 0 = off).</summary>
    public RelapseWindow RelapseToEvent { get; init; } = RelapseWindow.None;

    /// <summary>A visit this close to a relapse cannot confirm (default 30 days since the last relapse).</summary>
    public RelapseWindow RelapseToConfirmation { get; init; } = new(30);

    /// <summary>Last-visit imputation as in <see cref="ConfirmedChangeOptions.ImputeLastVisit"/>.</summary>
    public decimal ImputeLastVisit { get; init; }

    /// <summary>Random source for probabilistic imputation.</summary>
    public Random? ImputationRandom { get; init; }

    /// <summary>EDSS validation (default strict).</summary>
    public EdssValidation EdssValidation { get; init; } = EdssValidation.Strict;

    /// <summary>The effective direction of worsening.</summary>
    /// <exception cref="InvalidOperationException">Custom outcome without <see cref="Worsening"/>.</exception>
    public WorseningDirection EffectiveWorsening => Outcome switch
    {
        OutcomeKind.Sdmt => WorseningDirection.Decrease,
        OutcomeKind.Custom => Worsening ?? throw new InvalidOperationException("A custom outcome needs Worsening (increase or decrease)."),
        _ => WorseningDirection.Increase,
    };

    /// <summary>Builds milestone options from msprog <c>value_milestone()</c>-style argument strings.</summary>
    /// <param name="arguments">Name → value: <c>milestone</c> (required), <c>outcome</c>, <c>worsening</c>, <c>conf_days</c>,
    /// <c>conf_tol_days</c>, <c>require_sust_days</c>, <c>relapse_to_event</c>, <c>relapse_to_conf</c>,
    /// <c>impute_last_visit</c>, <c>edss_validation</c>; values spelled as for <see cref="ConfirmedChangeOptions.FromMsprogArguments"/>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">Missing milestone, unknown name or unparsable value.</exception>
    public static MilestoneOptions FromMsprogArguments(IReadOnlyDictionary<string, string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        string[] allowed = ["outcome", "worsening", "conf_days", "conf_tol_days", "require_sust_days", "relapse_to_event", "relapse_to_conf", "impute_last_visit", "edss_validation"];
        if (!arguments.TryGetValue("milestone", out var m)
            || !decimal.TryParse(m, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var milestone))
        {
            throw new ArgumentException("value_milestone argument 'milestone' is required and must be a number.", nameof(arguments));
        }

        var shared = new Dictionary<string, string>();
        foreach (var (key, value) in arguments)
        {
            if (key == "milestone")
            {
                continue;
            }

            if (!allowed.Contains(key))
            {
                throw new ArgumentException($"Unknown value_milestone argument '{key}' (value '{value}'); known: milestone, {string.Join(", ", allowed)}.", nameof(arguments));
            }

            shared[key] = value;
        }

        var defaults = new MilestoneOptions { Milestone = milestone };
        var c = ConfirmedChangeOptions.FromMsprogArguments(shared, new ConfirmedChangeOptions
        {
            ConfirmationDays = defaults.ConfirmationDays,
            ConfirmationTolerance = defaults.ConfirmationTolerance,
            RelapseToConfirmation = defaults.RelapseToConfirmation,
        });
        return defaults with
        {
            Outcome = c.Outcome,
            Worsening = c.Worsening,
            ConfirmationDays = c.ConfirmationDays,
            ConfirmationTolerance = c.ConfirmationTolerance,
            RequireSustainedDays = c.RequireSustainedDays,
            RelapseToEvent = c.RelapseToEvent,
            RelapseToConfirmation = c.RelapseToConfirmation,
            ImputeLastVisit = c.ImputeLastVisit,
            EdssValidation = c.EdssValidation,
        };
    }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
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

        if (RequireSustainedDays < 0 || ImputeLastVisit < 0)
        {
            throw new ArgumentException("RequireSustainedDays and ImputeLastVisit must be ≥ 0.", nameof(RequireSustainedDays));
        }

        if (ImputeLastVisit is > 0 and < 1 && ImputationRandom is null)
        {
            throw new ArgumentException($"ImputeLastVisit = {ImputeLastVisit} is a probability: supply ImputationRandom.", nameof(ImputationRandom));
        }

        if (Outcome == OutcomeKind.Custom && Worsening is null)
        {
            throw new ArgumentException("A custom outcome needs Worsening.", nameof(Worsening));
        }

        if (MilestoneScaleProblem(Outcome, EdssValidation, Milestone) is { } problem)
        {
            throw new ArgumentOutOfRangeException(nameof(Milestone), Milestone, problem);
        }

        ConfirmedChangeOptions.CheckDayRange(ConfirmationDays, RequireSustainedDays, [RelapseToEvent, RelapseToConfirmation]);
    }

    /// <summary>Why <paramref name="milestone"/> is not a milestone on the outcome's scale, or <see langword="null"/>.</summary>
    /// <remarks>EDSS: a Kurtzke step above 0 (1.0, 1.5, …, 10; Kurtzke 1983), or any value in (0, 10] with
    /// <see cref="EdssValidation.RangeOnly"/>; a milestone of 0 or below would be "reached" by everyone at the first visit.
    /// SDMT (lower is worse): 0–110 exclusive of 110. T25FW and 9HPT: a positive number of seconds. Custom outcomes: any value.</remarks>
    internal static string? MilestoneScaleProblem(OutcomeKind outcome, EdssValidation edss, decimal milestone) => outcome switch
    {
        OutcomeKind.Edss when edss == EdssValidation.Strict && !(milestone > 0m && Outcomes.EdssScore.IsValid(milestone)) =>
            $"The EDSS milestone must be an EDSS step above 0 (1.0, 1.5, …, 10; Kurtzke 1983); got {milestone}.",
        OutcomeKind.Edss when milestone is <= 0m or > 10m => $"The EDSS milestone must be in (0, 10]; got {milestone}.",
        OutcomeKind.Sdmt when milestone is < 0m or >= 110m => $"The SDMT milestone must be in [0, 110) correct substitutions (lower is worse); got {milestone}.",
        OutcomeKind.T25fw or OutcomeKind.Nhpt when milestone <= 0m => $"The {outcome} milestone must be a positive time in seconds; got {milestone}.",
        _ => null,
    };
}
