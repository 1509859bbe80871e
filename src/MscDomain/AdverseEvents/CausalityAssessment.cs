using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.AdverseEvents;

/// <summary>One causality assessment of an adverse event against the study product, by one assessor.</summary>
/// <remarks>
/// EU CTR 536/2014 Annex III: the investigator and the sponsor each assess causality; the sponsor may not
/// downgrade the investigator's judgement and reports both. ICH E2B(R3) G.k.9.i.2.r holds source, method
/// and result per assessment. <see cref="AdverseEvent"/> therefore stores an investigator and a sponsor
/// assessment separately.
/// </remarks>
public sealed record CausalityAssessment
{
    /// <summary>Creates a causality assessment.</summary>
    /// <param name="category">The judgement (a WHO-UMC category or binary related / not related).</param>
    /// <param name="method">The method used, e.g. <c>"WHO-UMC"</c>, <c>"Naranjo"</c>, <c>"global introspection"</c>; optional.</param>
    /// <param name="assessedOn">The date the assessment was made; optional.</param>
    /// <exception cref="ArgumentOutOfRangeException">The category is not a defined <see cref="CausalityCategory"/>.</exception>
    [JsonConstructor]
    public CausalityAssessment(CausalityCategory category, string? method = null, LocalDate? assessedOn = null)
    {
        if (!Enum.IsDefined(category))
        {
            throw new ArgumentOutOfRangeException(nameof(category), category,
                $"The causality category {(int)category} is not a defined CausalityCategory.");
        }

        Category = category;
        Method = method;
        AssessedOn = assessedOn;
    }

    /// <summary>The judgement (a WHO-UMC category or binary related / not related).</summary>
    public CausalityCategory Category { get; }

    /// <summary>The assessment method, e.g. <c>"WHO-UMC"</c> or <c>"Naranjo"</c>; <see langword="null"/> when not recorded.</summary>
    public string? Method { get; }

    /// <summary>The date of the assessment; <see langword="null"/> when not recorded.</summary>
    public LocalDate? AssessedOn { get; }
}
