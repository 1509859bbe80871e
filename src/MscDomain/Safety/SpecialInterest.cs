using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>Decides whether an adverse event is an adverse event of special interest (AESI) and holds the MSC-trial default list.</summary>
/// <remarks>
/// <para>Sources: issue 11 point 3 and safety.md §8 (POLICY <c>CellTherapyAesi</c>: tumour formation or ectopic tissue after cell
/// therapy is an AESI by default; the protocol's AESI list overrides the defaults) and §12.1 (MSC risk categories: thromboembolism
/// after intravenous cells — tissue factor/CD142 and the instant blood-mediated inflammatory reaction, Moll et al. Stem Cells Transl
/// Med 2022;11:2–13; infusion-related reactions after IV cells; infection from product contamination or donor; arachnoiditis after
/// intrathecal cells, Cohen et al. 2023; malignancy and ectopic tissue: no signal in Lalu et al. PLoS One 2012;7:e47559, followed
/// long term).</para>
/// <para>Rule order: a recorded <see cref="AdverseEvent.SpecialInterest"/> decides (the investigator's or sponsor's call); otherwise
/// the first definition whose terms match and whose conditions hold. A route condition needs the exposures (administrations); without
/// them it cannot be checked and the event is reported as matching, flagged.</para>
/// </remarks>
public static class SpecialInterest
{
    /// <summary>The MSC-trial defaults: ectopic tissue formation, malignancy, thromboembolism after IV cells, infusion-related reactions
    /// after IV cells, serious infections, arachnoiditis after intrathecal cells. Terms are CTCAE v5.0 / MedDRA names.</summary>
    public static IReadOnlyList<SpecialInterestDefinition> MscDefaults { get; } =
    [
        new("Ectopic tissue formation", ["Ectopic tissue formation", "Ectopic tissue"]),
        new("Malignancy", ["Treatment related secondary malignancy", "Neoplasm malignant", "Malignancy"]),
        new("Thromboembolism after intravenous cells", ["Thromboembolic event", "Pulmonary embolism", "Deep vein thrombosis", "Embolism", "Thrombosis"], afterRoute: ExposureRoute.Intravenous),
        new("Infusion-related reaction", ["Infusion related reaction"], afterRoute: ExposureRoute.Intravenous),
        new("Serious infection", ["Infection", "Sepsis", "Meningitis", "Lung infection", "Urinary tract infection", "Upper respiratory infection", "Pneumonia"], seriousOnly: true),
        new("Arachnoiditis after intrathecal cells", ["Arachnoiditis"], afterRoute: ExposureRoute.Intrathecal),
    ];

    /// <summary>Classifies <paramref name="adverseEvent"/> against an AESI list.</summary>
    /// <param name="adverseEvent">The event.</param>
    /// <param name="definitions">The protocol's AESI list; <see langword="null"/> for <see cref="MscDefaults"/> (an empty list means none).</param>
    /// <param name="exposures">The participant's administrations, for route conditions; <see langword="null"/> when not known.</param>
    /// <returns>Whether the event is an AESI, which one and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static SpecialInterestResult Classify(AdverseEvent adverseEvent, IReadOnlyList<SpecialInterestDefinition>? definitions = null, IReadOnlyList<Exposure>? exposures = null)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        var list = definitions ?? MscDefaults;
        var source = definitions is null ? "the MSC default AESI list" : "the protocol's AESI list";
        if (adverseEvent.SpecialInterest is { } recorded)
        {
            return new SpecialInterestResult(recorded, null, recorded
                ? "Recorded as an adverse event of special interest."
                : "Recorded as not of special interest (the recorded flag decides over " + source + ").");
        }

        foreach (var d in list)
        {
            if (!d.MatchesTerm(adverseEvent))
            {
                continue;
            }

            if (d.SeriousOnly && !adverseEvent.IsSerious)
            {
                continue;
            }

            if (d.AfterRoute != ExposureRoute.None)
            {
                if (exposures is null)
                {
                    return new SpecialInterestResult(true, d.Name,
                        $"AESI '{d.Name}' by term ({source}); its route condition ({d.AfterRoute}) could not be checked without the administrations.");
                }

                var onset = adverseEvent.OnsetDate;
                var after = exposures.Any(e => (e.Routes & d.AfterRoute) != 0 && (onset is not { } o || e.Date <= o));
                if (!after)
                {
                    continue;
                }
            }

            return new SpecialInterestResult(true, d.Name, $"AESI '{d.Name}' ({source}).");
        }

        return new SpecialInterestResult(false, null, $"Not in {source}.");
    }
}
