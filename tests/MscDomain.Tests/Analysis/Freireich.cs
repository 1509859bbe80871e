using MscDomain.Analysis;

namespace MscDomain.Tests.Analysis;

/// <summary>
/// Freireich et al. (1963, <i>Blood</i> 21:699) 6-mercaptopurine (6-MP) vs placebo remission times in
/// weeks of 42 children with acute leukaemia, as given by Gehan (1965, <i>Biometrika</i> 52:203) and in
/// R's MASS::gehan; "+" (event = false) marks censored remissions. Time unit here is weeks, used as the
/// "days" field: the estimator is unit-agnostic.
/// </summary>
internal static class Freireich
{
    public static readonly SurvivalObservation[] SixMp =
        Rows("6-MP", [(6, true), (6, true), (6, true), (6, false), (7, true), (9, false), (10, true), (10, false), (11, false), (13, true),
            (16, true), (17, false), (19, false), (20, false), (22, true), (23, true), (25, false), (32, false), (32, false), (34, false), (35, false)]);

    public static readonly SurvivalObservation[] Placebo =
        Rows("placebo", [1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23]);

    public static SurvivalObservation[] Both => [.. SixMp, .. Placebo];

    private static SurvivalObservation[] Rows(string arm, (int Time, bool Event)[] rows) =>
        rows.Select((r, i) => new SurvivalObservation($"{arm}-{i + 1}", arm, r.Time, r.Event)).ToArray();

    private static SurvivalObservation[] Rows(string arm, int[] eventTimes) =>
        Rows(arm, eventTimes.Select(t => (t, true)).ToArray());
}
