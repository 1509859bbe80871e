using MscDomain.Common;
using MscDomain.Dosing;

namespace MscDomain.Trials;

/// <summary>An eligibility criterion about earlier treatment: failure of, refractoriness to, intolerance of, naivety to, or
/// stability on a drug or drug class.</summary>
/// <remarks>Petrou 2020: failure of at least one first- or second-line DMT; Llufriu 2014: not responding to at least 1 year of
/// approved therapy; Cohen 2023: stable DMT for at least 6 months.</remarks>
/// <param name="Requirement">What is required.</param>
/// <param name="DrugClass">Drug or drug class, e.g. "first- or second-line DMT", or null for any DMT.</param>
/// <param name="MinimumTreatments">Minimum number of earlier treatments, or null.</param>
/// <param name="MinimumDuration">Minimum time on the treatment, or null.</param>
/// <param name="Text">The source's wording, or null.</param>
public sealed record PriorTreatmentCriterion(
    PriorTreatmentRequirement Requirement,
    string? DrugClass = null,
    int? MinimumTreatments = null,
    CalendarInterval? MinimumDuration = null,
    string? Text = null)
{
    /// <summary>What is required.</summary>
    /// <exception cref="ArgumentException">An undefined requirement, a blank class or text, or a minimum below 1.</exception>
    public PriorTreatmentRequirement Requirement { get; } = Require.Defined(Requirement, nameof(Requirement));

    /// <summary>Drug or drug class, or null.</summary>
    public string? DrugClass { get; } = Require.NullOrNotBlank(DrugClass, nameof(DrugClass));

    /// <summary>Minimum number of earlier treatments (at least 1), or null.</summary>
    public int? MinimumTreatments { get; } = MinimumTreatments is { } n ? Require.Positive(n, nameof(MinimumTreatments)) : null;

    /// <summary>The source's wording, or null.</summary>
    public string? Text { get; } = Require.NullOrNotBlank(Text, nameof(Text));
}
