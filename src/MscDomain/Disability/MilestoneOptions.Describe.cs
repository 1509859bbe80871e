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

        sb.Append(ci, $" that was confirmed at a visit {ConfirmationCriteria.ConfirmationWindow(ConfirmationDays, ConfirmationTolerance)} from that visit, every visit up to the confirmation visit also reaching the milestone");
        if (ConfirmationCriteria.IsOn(RelapseToConfirmation))
        {
            sb.Append(ci, $"; visits {ConfirmationCriteria.Window(RelapseToConfirmation)} could not confirm");
        }

        sb.Append(". ");
        if (ConfirmationCriteria.IsOn(RelapseToEvent))
        {
            sb.Append(ci, $"Visits {ConfirmationCriteria.Window(RelapseToEvent)} could not reach the milestone. ");
        }

        ConfirmationCriteria.AppendSustained(sb, RequireSustainedDays, "The milestone counted");
        ConfirmationCriteria.AppendImputation(sb, ImputeLastVisit, "An unconfirmed milestone at the last visit was accepted");
        sb.Append("Participants who did not reach the milestone were censored at their last visit; time was counted in days from the first visit. ");
        sb.Append("Terminology follows Lublin et al., Neurology 2014;83:278–286.");
        return sb.ToString();
    }
}
