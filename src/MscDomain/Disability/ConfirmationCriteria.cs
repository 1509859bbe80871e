using System.Globalization;
using System.Text;

namespace MscDomain.Disability;

/// <summary>
/// The confirmation rules that <see cref="ConfirmedChangeOptions"/> and <see cref="MilestoneOptions"/> share (msprog's
/// <c>conf_days</c>, <c>conf_tol_days</c>, <c>require_sust_days</c>, <c>impute_last_visit</c> and the relapse windows;
/// Montobbio et al., Mult Scler 2024;30:1185–1192): their checks and their methods-section wording, written once.
/// </summary>
internal static class ConfirmationCriteria
{
    /// <summary>Checks the shared options; each message names the option, its value and the rule.</summary>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    internal static void Validate(IReadOnlyList<int>? confirmationDays, int requireSustainedDays, decimal imputeLastVisit, Random? imputationRandom)
    {
        if (confirmationDays is null || confirmationDays.Count == 0)
        {
            throw new ArgumentException("ConfirmationDays needs at least one period (days).", "ConfirmationDays");
        }

        for (var i = 0; i < confirmationDays.Count; i++)
        {
            if (confirmationDays[i] <= 0 || (i > 0 && confirmationDays[i] <= confirmationDays[i - 1]))
            {
                throw new ArgumentException($"ConfirmationDays must be positive and strictly ascending; got [{string.Join(", ", confirmationDays)}].", "ConfirmationDays");
            }
        }

        if (requireSustainedDays < 0)
        {
            throw new ArgumentException($"RequireSustainedDays must be ≥ 0; got {requireSustainedDays}.", "RequireSustainedDays");
        }

        if (imputeLastVisit < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"ImputeLastVisit must be ≥ 0; got {imputeLastVisit}."), "ImputeLastVisit");
        }

        if (imputeLastVisit is > 0 and < 1 && imputationRandom is null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"ImputeLastVisit = {imputeLastVisit} is a probability: supply ImputationRandom."), "ImputationRandom");
        }
    }

    /// <summary>"confirmed at a visit between 7 days before and 730.5 days after 12 weeks" — the window and periods.</summary>
    internal static string ConfirmationWindow(IReadOnlyList<int> confirmationDays, ConfirmationTolerance tolerance)
    {
        var ci = CultureInfo.InvariantCulture;
        var periods = string.Join(" or ", confirmationDays.Select(d => d % 7 == 0 ? $"{d / 7} weeks" : $"{d} days"));
        var tol = tolerance.UpperDays is { } up
            ? $"between {tolerance.LowerDays.ToString(ci)} days before and {up.ToString(ci)} days after"
            : tolerance.LowerDays == 0 ? "at or after" : $"from {tolerance.LowerDays.ToString(ci)} days before, with no upper limit after";
        return $"{tol} {periods}";
    }

    /// <summary>Whether a relapse window is in force.</summary>
    internal static bool IsOn(RelapseWindow w) => w.DaysSinceLast > 0 || w.DaysUntilNext > 0;

    /// <summary>"less than 30 days after a relapse onset" and its variants.</summary>
    internal static string Window(RelapseWindow w) =>
        (w.DaysSinceLast > 0, w.DaysUntilNext > 0) switch
        {
            (true, true) => $"less than {w.DaysSinceLast} days after or {w.DaysUntilNext} days before a relapse onset",
            (true, false) => $"less than {w.DaysSinceLast} days after a relapse onset",
            _ => $"less than {w.DaysUntilNext} days before a relapse onset",
        };

    /// <summary>The sustained-event sentence, e.g. "Events were retained only if sustained ...".</summary>
    /// <param name="sb">The paragraph.</param>
    /// <param name="requireSustainedDays">Days, 0 for off, <see cref="ConfirmedChangeOptions.SustainedToEnd"/> for the end of follow-up.</param>
    /// <param name="subject">The sentence's subject and verb ("Events were retained", "The milestone counted").</param>
    internal static void AppendSustained(StringBuilder sb, int requireSustainedDays, string subject)
    {
        if (requireSustainedDays == ConfirmedChangeOptions.SustainedToEnd)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{subject} only if sustained until the end of follow-up. ");
        }
        else if (requireSustainedDays > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{subject} only if sustained for at least {requireSustainedDays} days (or to the end of follow-up). ");
        }
    }

    /// <summary>The last-visit imputation sentence.</summary>
    /// <param name="sb">The paragraph.</param>
    /// <param name="imputeLastVisit">0 off, 1 always, &gt; 1 a follow-up limit in days, (0, 1) a probability.</param>
    /// <param name="what">What was accepted ("Unconfirmed worsening at the last visit was accepted as an event").</param>
    internal static void AppendImputation(StringBuilder sb, decimal imputeLastVisit, string what)
    {
        if (imputeLastVisit <= 0)
        {
            return;
        }

        var ci = CultureInfo.InvariantCulture;
        sb.Append(imputeLastVisit == 1 ? $"{what}. "
            : imputeLastVisit > 1 ? string.Create(ci, $"{what} when follow-up was at most {imputeLastVisit} days. ")
            : string.Create(ci, $"{what} with probability {imputeLastVisit}. "));
    }
}
