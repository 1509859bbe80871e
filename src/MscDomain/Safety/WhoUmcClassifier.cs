using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>Derives a WHO-UMC causality category from structured case facts: all points of a category must be met.</summary>
/// <remarks>
/// <para>Source: WHO-UMC, "The use of the WHO-UMC system for standardised case causality assessment"; domain reference
/// safety.md §11.1. Points:</para>
/// <list type="bullet">
/// <item><b>Certain</b>: reasonable time; alternative explanation <see cref="AlternativeExplanation.None"/>; plausible dechallenge
/// response; pharmacologically/phenomenologically definitive; positive rechallenge if one is needed.</item>
/// <item><b>Probable/Likely</b>: reasonable time; alternative explanation <see cref="AlternativeExplanation.None"/> or
/// <see cref="AlternativeExplanation.Unlikely"/>; plausible dechallenge response; rechallenge not required.</item>
/// <item><b>Possible</b>: reasonable time; the event could also be explained otherwise (any alternative-explanation status);
/// dechallenge information may be lacking or unclear (any).</item>
/// <item><b>Unlikely</b>: time relationship improbable; disease or other drugs provide a plausible explanation
/// (<see cref="AlternativeExplanation.Possible"/> or <see cref="AlternativeExplanation.Plausible"/>).</item>
/// </list>
/// <para>Order (our rule, the UMC text is silent): data status first (<see cref="CausalityDataStatus.MoreDataNeeded"/> →
/// Conditional; <see cref="CausalityDataStatus.InsufficientNotSupplementable"/> → Unassessable); then the most certain category
/// whose every point is met, Certain → Probable → Possible → Unlikely. When none is met (e.g. unknown time relationship) the case is
/// Unassessable: the information is insufficient for any category.</para>
/// </remarks>
public static class WhoUmcClassifier
{
    /// <summary>Classifies the case facts.</summary>
    /// <param name="facts">The case facts.</param>
    /// <returns>The category, why, and the unmet points of each more certain category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="facts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value in <paramref name="facts"/> is undefined.</exception>
    public static WhoUmcResult Classify(WhoUmcFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Defined(facts.DataStatus, "facts.DataStatus");
        Defined(facts.TimeRelationship, "facts.TimeRelationship");
        Defined(facts.AlternativeExplanation, "facts.AlternativeExplanation");
        Defined(facts.Dechallenge, "facts.Dechallenge");
        Defined(facts.Rechallenge, "facts.Rechallenge");

        if (facts.DataStatus == CausalityDataStatus.MoreDataNeeded)
        {
            return new WhoUmcResult(CausalityCategory.Conditional,
                "Conditional/Unclassified: more data are needed for a proper assessment or are under examination (data status decides first).", []);
        }

        if (facts.DataStatus == CausalityDataStatus.InsufficientNotSupplementable)
        {
            return new WhoUmcResult(CausalityCategory.Unassessable,
                "Unassessable/Unclassifiable: information insufficient or contradictory and cannot be supplemented (data status decides first).", []);
        }

        var unmet = new List<string>();
        var time = facts.TimeRelationship == TimeRelationship.Reasonable;
        var timeUnmet = $"time relationship is '{facts.TimeRelationship}', needs 'Reasonable'";

        var certain = new List<string>();
        if (!time)
        {
            certain.Add(timeUnmet);
        }

        if (facts.AlternativeExplanation != AlternativeExplanation.None)
        {
            certain.Add($"alternative explanation is '{facts.AlternativeExplanation}', needs 'None' (cannot be explained by disease or other drugs)");
        }

        if (facts.Dechallenge != DechallengeResponse.PlausibleResponse)
        {
            certain.Add($"dechallenge is '{facts.Dechallenge}', needs 'PlausibleResponse'");
        }

        if (!facts.PharmacologicallyDefinitive)
        {
            certain.Add("event is not pharmacologically or phenomenologically definitive");
        }

        if (facts.RechallengeNeeded && facts.Rechallenge != RechallengeResult.Positive)
        {
            certain.Add($"a rechallenge is needed and it is '{facts.Rechallenge}', needs 'Positive'");
        }

        if (certain.Count == 0)
        {
            return new WhoUmcResult(CausalityCategory.Certain, "Certain: every point of the category is met.", []);
        }

        unmet.Add("Certain: " + string.Join("; ", certain));

        var probable = new List<string>();
        if (!time)
        {
            probable.Add(timeUnmet);
        }

        if (facts.AlternativeExplanation is not (AlternativeExplanation.None or AlternativeExplanation.Unlikely))
        {
            probable.Add($"alternative explanation is '{facts.AlternativeExplanation}', needs 'None' or 'Unlikely'");
        }

        if (facts.Dechallenge != DechallengeResponse.PlausibleResponse)
        {
            probable.Add($"dechallenge is '{facts.Dechallenge}', needs 'PlausibleResponse' (clinically reasonable response)");
        }

        if (probable.Count == 0)
        {
            return new WhoUmcResult(CausalityCategory.Probable, "Probable/Likely: every point of the category is met.", unmet);
        }

        unmet.Add("Probable: " + string.Join("; ", probable));

        if (time)
        {
            return new WhoUmcResult(CausalityCategory.Possible,
                "Possible: reasonable time relationship; the event could also be explained otherwise or dechallenge information is lacking/unclear.", unmet);
        }

        unmet.Add("Possible: " + timeUnmet);

        var unlikely = new List<string>();
        if (facts.TimeRelationship != TimeRelationship.Improbable)
        {
            unlikely.Add($"time relationship is '{facts.TimeRelationship}', needs 'Improbable'");
        }

        if (facts.AlternativeExplanation is not (AlternativeExplanation.Possible or AlternativeExplanation.Plausible))
        {
            unlikely.Add($"alternative explanation is '{facts.AlternativeExplanation}', needs 'Possible' or 'Plausible'");
        }

        if (unlikely.Count == 0)
        {
            return new WhoUmcResult(CausalityCategory.Unlikely,
                "Unlikely: the time to intake makes a relationship improbable and disease or other drugs provide plausible explanations.", unmet);
        }

        unmet.Add("Unlikely: " + string.Join("; ", unlikely));
        return new WhoUmcResult(CausalityCategory.Unassessable,
            "Unassessable/Unclassifiable: no category has all of its points met, so the information is insufficient for an assessment.", unmet);
    }

    private static void Defined<T>(T value, string name)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} value {value} is not defined.");
        }
    }
}
