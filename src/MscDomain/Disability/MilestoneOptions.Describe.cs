using System.Globalization;
using System.Text;

namespace MscDomain.Disability;

public sealed partial record MilestoneOptions
{
    /// <summary>A paragraph describing the milestone criteria these options apply, for the methods section of a paper
    /// (the counterpart of <see cref="ConfirmedChangeOptions.Describe"/> for msprog's <c>value_milestone()</c>).</summary>
    /// <returns>English prose citing the source of the algorithm (Montobbio et al. 2024) and the terminology (Lublin et al. 2014).</returns>
    /// <exception cref="InvalidOperationException">A custom outcome without <see cref="Worsening"/>.</exception>
    public string Describe()
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var outcomeName = OutcomeKindText.MethodsName(Outcome);
        var decrease = EffectiveWorsening == WorseningDirection.Decrease;
        var reach = decrease ? "at or below" : "at or above";
        var op = decrease ? "≤" : "≥";
        sb.Append(ci, $"Time to a confirmed {outcomeName} of {Milestone.ToString(ci)} or {(decrease ? "lower" : "higher")} ({op} {Milestone.ToString(ci)}) was assessed with the value_milestone() algorithm of msprog (Montobbio et al., Mult Scler 2024;30:1185–1192), reimplemented in MscDomain. ");
        sb.Append(ci, $"The search started at the first visit; the milestone was reached at the first visit with a value {reach} {Milestone.ToString(ci)}");

        var periods = string.Join(" or ", ConfirmationDays.Select(d => d % 7 == 0 ? $"{d / 7} weeks" : $"{d} days"));
        var tol = ConfirmationTolerance.UpperDays is { } up
            ? $"between {ConfirmationTolerance.LowerDays.ToString(ci)} days before and {up.ToString(ci)} days after"
            : ConfirmationTolerance.LowerDays == 0 ? "at or after" : $"from {ConfirmationTolerance.LowerDays.ToString(ci)} days before, with no upper limit after";
        sb.Append(ci, $" that was confirmed at a visit {tol} {periods} from that visit, every visit up to the confirmation visit also reaching the milestone");
        if (RelapseToConfirmation.DaysSinceLast > 0 || RelapseToConfirmation.DaysUntilNext > 0)
        {
            sb.Append(ci, $"; visits {Window(RelapseToConfirmation)} could not confirm");
        }

        sb.Append(". ");
        if (RelapseToEvent.DaysSinceLast > 0 || RelapseToEvent.DaysUntilNext > 0)
        {
            sb.Append(ci, $"Visits {Window(RelapseToEvent)} could not reach the milestone. ");
        }

        if (RequireSustainedDays == ConfirmedChangeOptions.SustainedToEnd)
        {
            sb.Append("The milestone counted only if sustained until the end of follow-up. ");
        }
        else if (RequireSustainedDays > 0)
        {
            sb.Append(ci, $"The milestone counted only if sustained for at least {RequireSustainedDays} days (or to the end of follow-up). ");
        }

        if (ImputeLastVisit > 0)
        {
            sb.Append(ImputeLastVisit == 1 ? "An unconfirmed milestone at the last visit was accepted. "
                : ImputeLastVisit > 1 ? string.Create(ci, $"An unconfirmed milestone at the last visit was accepted when follow-up was at most {ImputeLastVisit} days. ")
                : string.Create(ci, $"An unconfirmed milestone at the last visit was accepted with probability {ImputeLastVisit}. "));
        }

        sb.Append("Participants who did not reach the milestone were censored at their last visit; time was counted in days from the first visit. ");
        sb.Append("Terminology follows Lublin et al., Neurology 2014;83:278–286.");
        return sb.ToString();
    }

    private static string Window(RelapseWindow w) =>
        (w.DaysSinceLast > 0, w.DaysUntilNext > 0) switch
        {
            (true, true) => $"less than {w.DaysSinceLast} days after or {w.DaysUntilNext} days before a relapse onset",
            (true, false) => $"less than {w.DaysSinceLast} days after a relapse onset",
            _ => $"less than {w.DaysUntilNext} days before a relapse onset",
        };
}
