using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// Reduces the investigator's and the sponsor's causality assessments to the single "suspected related" answer that decides
/// expedited (SUSAR) reporting.
/// </summary>
/// <remarks>
/// <para>Binary mapping (safety.md §11.1): Certain, Probable, Possible, Related → related; Unlikely, NotRelated → not related;
/// Conditional, Unassessable → pending.</para>
/// <para>Combination (EU CTR 536/2014 Annex III; ICH E2A; 21 CFR 312.32): related if <em>either</em> the investigator or the sponsor
/// judges it related — the sponsor cannot downgrade the investigator's causality. Otherwise, under
/// <see cref="CausalityOptions.PendingAsRelated"/> (default), a pending opinion, or both opinions missing, counts as related until
/// assessed and the result is flagged "causality pending". An event is not related only when no opinion is related and none is
/// pending (a single missing opinion beside a not-related one is not pending: the available opinion decides, and the result says
/// which is missing).</para>
/// </remarks>
public static class ExpeditedRelatedness
{
    /// <summary>Maps one category to related (<see langword="true"/>), not related (<see langword="false"/>) or pending (<see langword="null"/>).</summary>
    /// <param name="category">The causality category.</param>
    /// <returns>The binary reading, or <see langword="null"/> for Conditional / Unassessable.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is undefined.</exception>
    public static bool? ToBinary(CausalityCategory category) => category switch
    {
        CausalityCategory.Certain or CausalityCategory.Probable or CausalityCategory.Possible or CausalityCategory.Related => true,
        CausalityCategory.Unlikely or CausalityCategory.NotRelated => false,
        CausalityCategory.Conditional or CausalityCategory.Unassessable => null,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, $"Causality category {(int)category} is not defined."),
    };

    /// <summary>Decides relatedness from the event's investigator and sponsor assessments.</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="CausalityOptions.Default"/>.</param>
    /// <returns>The answer with both opinions and the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static RelatednessResult Decide(AdverseEvent adverseEvent, CausalityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        return Decide(adverseEvent.InvestigatorCausality?.Category, adverseEvent.SponsorCausality?.Category, options);
    }

    /// <summary>Decides relatedness from the two opinions.</summary>
    /// <param name="investigator">The investigator's category; <see langword="null"/> when missing.</param>
    /// <param name="sponsor">The sponsor's category; <see langword="null"/> when missing.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="CausalityOptions.Default"/>.</param>
    /// <returns>The answer with both opinions and the reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A category is undefined.</exception>
    public static RelatednessResult Decide(CausalityCategory? investigator, CausalityCategory? sponsor, CausalityOptions? options = null)
    {
        options ??= CausalityOptions.Default;
        var i = investigator is { } iv ? (int)iv : 0;
        var s = sponsor is { } sv ? (int)sv : 0;
        if (investigator is not null && i is < 1 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(investigator), investigator, $"Causality category {i} is not defined.");
        }

        if (sponsor is not null && s is < 1 or > 8)
        {
            throw new ArgumentOutOfRangeException(nameof(sponsor), sponsor, $"Causality category {s} is not defined.");
        }

        // The answer depends only on the two categories and the policy: 9 x 9 x 2 immutable results, computed once.
        return Cache[(((i * 9) + s) * 2) + (options.PendingAsRelated ? 1 : 0)];
    }

    private static readonly RelatednessResult[] Cache = BuildCache();

    private static RelatednessResult[] BuildCache()
    {
        var cache = new RelatednessResult[9 * 9 * 2];
        CausalityOptions[] policies = [new CausalityOptions { PendingAsRelated = false }, new CausalityOptions { PendingAsRelated = true }];
        for (var i = 0; i < 9; i++)
        {
            for (var s = 0; s < 9; s++)
            {
                for (var p = 0; p < 2; p++)
                {
                    cache[(((i * 9) + s) * 2) + p] = Compute(
                        i == 0 ? null : (CausalityCategory)i, s == 0 ? null : (CausalityCategory)s, policies[p]);
                }
            }
        }

        return cache;
    }

    private static RelatednessResult Compute(CausalityCategory? investigator, CausalityCategory? sponsor, CausalityOptions options)
    {
        bool? inv = investigator is { } i ? ToBinary(i) : null;
        bool? spo = sponsor is { } s ? ToBinary(s) : null;

        if (inv == true && spo == false)
        {
            return new RelatednessResult(true, false, inv, spo,
                "Related: the investigator judges it related; the sponsor cannot downgrade the investigator's causality (EU CTR 536/2014 Annex III).");
        }

        if (inv == true || spo == true)
        {
            return new RelatednessResult(true, false, inv, spo, inv == true
                ? "Related: the investigator judges it related."
                : "Related: the sponsor judges it related (either opinion suffices).");
        }

        var invPending = investigator is CausalityCategory.Conditional or CausalityCategory.Unassessable;
        var spoPending = sponsor is CausalityCategory.Conditional or CausalityCategory.Unassessable;
        var bothMissing = investigator is null && sponsor is null;
        if (invPending || spoPending || bothMissing)
        {
            var why = bothMissing
                ? "no causality assessment yet"
                : $"causality assessed as {(invPending ? investigator : sponsor)} by the {(invPending ? "investigator" : "sponsor")}";
            return options.PendingAsRelated
                ? new RelatednessResult(true, true, inv, spo, $"Related until assessed: {why} (conservative policy); causality pending — consult the investigator.")
                : new RelatednessResult(false, true, inv, spo, $"Not counted as related: {why} and PendingAsRelated is off; causality pending — consult the investigator.");
        }

        var reason = (investigator, sponsor) switch
        {
            (null, _) => "Not related: the sponsor judges it not related; the investigator's assessment is missing — the sponsor must consult the investigator.",
            (_, null) => "Not related: the investigator judges it not related; the sponsor's assessment is missing.",
            _ => "Not related: both the investigator and the sponsor judge it not related.",
        };
        return new RelatednessResult(false, false, inv, spo, reason);
    }
}
