using System.Collections.Immutable;
using MscDomain.Cells;
using MscDomain.Serialization;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>
/// A versioned top-level document describing one published trial: citations, registrations, design, eligibility, products,
/// arms with regimens, outcome definitions, reported results and adverse events.
/// </summary>
/// <remarks>The constructor checks cross-references: product and placebo ids unique; parents of derived products exist;
/// regimen components reference known products; sequences reference known arms; results reference known outcomes and arms;
/// composite components exist. JSON: see <see cref="MscDomainSchemaVersion"/> and MscDomainJson.</remarks>
/// <param name="SchemaVersion">Document format version (<see cref="MscDomainSchemaVersion.Current"/> when writing).</param>
/// <param name="Id">Trial id, e.g. "PETROU-2020".</param>
/// <param name="Title">Title.</param>
/// <param name="Citations">Publications (at least one).</param>
/// <param name="Registrations">Registry ids (NCT, EudraCT); may be empty.</param>
/// <param name="Design">Study design.</param>
/// <param name="Products">Cell products (may be empty only for a design stub).</param>
/// <param name="Placebos">Placebo materials.</param>
/// <param name="Arms">Arms (at least one).</param>
/// <param name="Outcomes">Outcome definitions.</param>
/// <param name="Results">Reported results.</param>
/// <param name="AdverseEvents">Reported adverse events.</param>
/// <param name="AeCollectionWindows">AE collection windows.</param>
/// <param name="Eligibility">Eligibility criteria, or null.</param>
/// <param name="Counts">Trial-level participant counts, or null.</param>
/// <param name="StartDate">Study start (year, month or day precision), or null.</param>
/// <param name="CompletionDate">Completion date, or null.</param>
/// <param name="Notes">Modelling notes, or null.</param>
/// <param name="Provenance">Provenance of fields without their own verification member (see <see cref="FieldProvenance"/>); empty when every such field is verified.</param>
/// <param name="Baseline">Trial-level baseline characteristics, or null.</param>
/// <param name="Conduct">Sponsor, sites and countries, or null.</param>
/// <param name="EvidenceClass">The evidence class the report assigns itself, or null.</param>
public sealed record TrialDocument(
    int SchemaVersion,
    string Id,
    string Title,
    ImmutableArray<Citation> Citations,
    ImmutableArray<string> Registrations,
    TrialDesign Design,
    ImmutableArray<CellProduct> Products,
    ImmutableArray<PlaceboProduct> Placebos,
    ImmutableArray<Arm> Arms,
    ImmutableArray<OutcomeDefinition> Outcomes,
    ImmutableArray<ReportedResult> Results,
    ImmutableArray<ReportedAdverseEvent> AdverseEvents,
    ImmutableArray<AeCollectionWindow> AeCollectionWindows,
    ImmutableArray<FieldProvenance> Provenance,
    EligibilityCriteria? Eligibility = null,
    ArmCounts? Counts = null,
    PartialDate? StartDate = null,
    PartialDate? CompletionDate = null,
    string? Notes = null,
    BaselineCharacteristics? Baseline = null,
    StudyConduct? Conduct = null,
    EvidenceClass? EvidenceClass = null) : IVersionedDocument
{
    /// <summary>Assessment schedules (visits, MRI, OCT); empty when not given.</summary>
    public ImmutableArray<AssessmentSchedule> Assessments { get; init => field = Require.NotDefault(value, nameof(Assessments)); } = [];

    /// <summary>Related registrations and studies (national arms, follow-up reports, probable registry matches); empty when none.</summary>
    public ImmutableArray<StudyRelation> RelatedStudies { get; init => field = Require.NotDefault(value, nameof(RelatedStudies)); } = [];

    /// <summary>
    /// The consistency pass: every count, proportion, percentage, estimate, timepoint, period, sequence, dose cap and
    /// provenance pointer checked against the rest of the document (issue codes MSC10xx, docs/issue-codes.md).
    /// </summary>
    /// <remarks>Impossible reports are errors, implausible ones warnings; each issue is located by a JSON path into the
    /// serialised document (<c>$.arms[0].counts.treated</c>). The constructor already rejects what a single value cannot
    /// be; this pass compares values with each other, which a reader wants to see all at once.</remarks>
    /// <returns>The issues, in document order; empty when the document is consistent.</returns>
    public IReadOnlyList<DataIssue> CheckConsistency() => TrialConsistency.Check(this);
    /// <summary>Document format version.</summary>
    /// <exception cref="ArgumentException">An unsupported version, blank id/title, missing citations/arms, or a broken cross-reference.</exception>
    public int SchemaVersion { get; } = MscDomainSchemaVersion.Check(SchemaVersion, nameof(TrialDocument));

    /// <summary>Trial id (non-blank).</summary>
    public string Id { get; } = Require.NotBlank(Id, nameof(Id));

    /// <summary>Provenance of fields without their own verification member (may be empty).</summary>
    public ImmutableArray<FieldProvenance> Provenance { get; } = Require.NotDefault(Provenance, nameof(Provenance));

    /// <summary>Title (non-blank).</summary>
    public string Title { get; } = Require.NotBlank(Title, nameof(Title));

    /// <summary>Publications (at least one).</summary>
    public ImmutableArray<Citation> Citations { get; } = Require.NotEmpty(Citations, nameof(Citations));

    /// <summary>Registry ids.</summary>
    public ImmutableArray<string> Registrations { get; } = Require.NotDefault(Registrations, nameof(Registrations));

    /// <summary>Cell products (may be empty only for a design stub).</summary>
    public ImmutableArray<CellProduct> Products { get; } = Require.NotDefault(Products, nameof(Products));

    /// <summary>Placebo materials.</summary>
    public ImmutableArray<PlaceboProduct> Placebos { get; } = Require.NotDefault(Placebos, nameof(Placebos));

    /// <summary>Outcome definitions.</summary>
    public ImmutableArray<OutcomeDefinition> Outcomes { get; } = Require.NotDefault(Outcomes, nameof(Outcomes));

    /// <summary>Reported results.</summary>
    public ImmutableArray<ReportedResult> Results { get; } = Require.NotDefault(Results, nameof(Results));

    /// <summary>Reported adverse events.</summary>
    public ImmutableArray<ReportedAdverseEvent> AdverseEvents { get; } = Require.NotDefault(AdverseEvents, nameof(AdverseEvents));

    /// <summary>AE collection windows.</summary>
    public ImmutableArray<AeCollectionWindow> AeCollectionWindows { get; } = Require.NotDefault(AeCollectionWindows, nameof(AeCollectionWindows));

    /// <summary>Arms (at least one); cross-references checked.</summary>
    public ImmutableArray<Arm> Arms { get; } = CheckReferences(Products, Placebos, Arms, Design, Outcomes, Results, AdverseEvents, AeCollectionWindows);

    /// <summary>The arm with <paramref name="id"/>.</summary>
    /// <param name="id">Arm id.</param>
    /// <returns>The arm.</returns>
    /// <exception cref="KeyNotFoundException">No such arm.</exception>
    public Arm Arm(string id) => Arms.FirstOrDefault(a => a.Id == id) ?? throw new KeyNotFoundException($"TrialDocument '{Id}' has no arm '{id}'.");

    /// <summary>A new trial document at the current schema version.</summary>
    /// <param name="id">Trial id.</param>
    /// <param name="title">Title.</param>
    /// <param name="citation">Main publication.</param>
    /// <param name="design">Design.</param>
    /// <param name="products">Cell products.</param>
    /// <param name="arms">Arms.</param>
    /// <returns>The document with empty outcomes, results and AEs (add them with <c>with</c>-free construction or the full constructor).</returns>
    public static TrialDocument Create(string id, string title, Citation citation, TrialDesign design, ImmutableArray<CellProduct> products, ImmutableArray<Arm> arms) =>
        new(MscDomainSchemaVersion.Current, id, title, [citation], [], design, products, [], arms, [], [], [], [], []);

    private static ImmutableArray<Arm> CheckReferences(
        ImmutableArray<CellProduct> products,
        ImmutableArray<PlaceboProduct> placebos,
        ImmutableArray<Arm> arms,
        TrialDesign design,
        ImmutableArray<OutcomeDefinition> outcomes,
        ImmutableArray<ReportedResult> results,
        ImmutableArray<ReportedAdverseEvent> adverseEvents,
        ImmutableArray<AeCollectionWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(design, nameof(Design));
        products = Require.NotDefault(products, nameof(Products));
        placebos = Require.NotDefault(placebos, nameof(Placebos));
        arms = Require.NotEmpty(arms, nameof(Arms));
        outcomes = Require.NotDefault(outcomes, nameof(Outcomes));
        results = Require.NotDefault(results, nameof(Results));
        adverseEvents = Require.NotDefault(adverseEvents, nameof(AdverseEvents));
        windows = Require.NotDefault(windows, nameof(AeCollectionWindows));

        var productIds = products.Select(p => p.Id).Concat(placebos.Select(p => p.Id)).ToList();
        if (productIds.Distinct(StringComparer.Ordinal).Count() != productIds.Count)
        {
            throw new ArgumentException("TrialDocument product and placebo ids must be unique across both lists.", nameof(Products));
        }

        var known = productIds.ToHashSet(StringComparer.Ordinal);
        foreach (var p in products.Where(p => p.ParentProductId is not null && !known.Contains(p.ParentProductId)))
        {
            throw new ArgumentException($"TrialDocument product '{p.Id}' names parent '{p.ParentProductId}', which is not in Products.", nameof(Products));
        }

        Require.UniqueIds(arms, a => a.Id, nameof(Arms));
        var armIds = arms.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var arm in arms)
        {
            foreach (var c in arm.Regimen?.Phases.SelectMany(ph => ph.Components) ?? [])
            {
                if (!known.Contains(c.ProductId))
                {
                    throw new ArgumentException($"TrialDocument arm '{arm.Id}' gives product '{c.ProductId}', which is not in Products or Placebos.", nameof(Arms));
                }
            }
        }

        foreach (var s in design.Sequences)
        {
            foreach (var a in s.ArmIds.Where(a => !armIds.Contains(a)))
            {
                throw new ArgumentException($"TrialDocument sequence '{s.Id}' names arm '{a}', which is not in Arms.", nameof(Design));
            }
        }

        Require.UniqueIds(outcomes, o => o.Id, nameof(Outcomes));
        var outcomeIds = outcomes.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var o in outcomes)
        {
            foreach (var c in o.ComponentOutcomeIds.Where(c => !outcomeIds.Contains(c)))
            {
                throw new ArgumentException($"TrialDocument outcome '{o.Id}' names component '{c}', which is not in Outcomes.", nameof(Outcomes));
            }
        }

        var periodIds = design.Periods.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var r in results)
        {
            if (!outcomeIds.Contains(r.OutcomeId))
            {
                throw new ArgumentException($"TrialDocument result names outcome '{r.OutcomeId}', which is not in Outcomes.", nameof(Results));
            }

            foreach (var a in new[] { r.ArmId, r.ComparatorArmId }.Concat(r.PooledArmIds).Where(a => a is not null && !armIds.Contains(a)))
            {
                throw new ArgumentException($"TrialDocument result for '{r.OutcomeId}' names arm '{a}', which is not in Arms.", nameof(Results));
            }
        }

        foreach (var ae in adverseEvents)
        {
            if (ae.ArmId is not null && !armIds.Contains(ae.ArmId))
            {
                throw new ArgumentException($"TrialDocument adverse event '{ae.Term}' names arm '{ae.ArmId}', which is not in Arms.", nameof(AdverseEvents));
            }

            if (ae.PeriodId is not null && !periodIds.Contains(ae.PeriodId))
            {
                throw new ArgumentException($"TrialDocument adverse event '{ae.Term}' names period '{ae.PeriodId}', which is not in Design.Periods.", nameof(AdverseEvents));
            }
        }

        return arms;
    }
}
