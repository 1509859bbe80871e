using System.Collections.Immutable;
using MscDomain.Fhir;
using MscDomain.Samples;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Tests.Fhir;

/// <summary>
/// Reading a Bundle back gives the same document for everything FHIR carries; the only differences are the ones
/// docs/fhir.md lists (<see cref="CarriedPartOf"/>).
/// </summary>
public sealed class FhirRoundTripTest
{
    public static TheoryData<string> TrialIds => [.. PublishedTrials.Ids];

    [Fact]
    public void Demonstration_cohort_round_trips_through_collection_JSON_unchanged()
    {
        var cohort = DemonstrationCohort.Load();
        var json = MscDomainFhir.Serialize(MscDomainFhir.ToBundle(cohort));
        var back = MscDomainFhir.ReadCohort(json, "cohort.json");
        back.Issues.Should().BeEmpty();
        MscDomainJson.Serialize(back.GetValueOrThrow()).Should().Be(MscDomainJson.Serialize(cohort));
    }

    [Fact]
    public void Demonstration_cohort_with_its_trial_round_trips_through_a_transaction_unchanged()
    {
        var cohort = DemonstrationCohort.Load();
        var bundle = MscDomainFhir.ToBundle(cohort, new FhirExportOptions { BundleType = FhirBundleType.Transaction, Trial = DemonstrationCohort.Trial });
        var back = MscDomainFhir.ReadCohort(MscDomainFhir.Serialize(bundle));
        back.Issues.Should().BeEmpty();
        MscDomainJson.Serialize(back.GetValueOrThrow()).Should().Be(MscDomainJson.Serialize(cohort));
    }

    [Theory]
    [MemberData(nameof(TrialIds))]
    public void Published_trial_round_trips_with_only_the_documented_losses(string id)
    {
        var trial = PublishedTrials.Load(id);
        var json = MscDomainFhir.Serialize(MscDomainFhir.ToBundle(trial, FhirBundleType.Transaction));
        var back = MscDomainFhir.ReadTrial(json);
        back.Issues.Should().BeEmpty();
        MscDomainJson.Serialize(back.GetValueOrThrow()).Should().Be(MscDomainJson.Serialize(CarriedPartOf(trial)));
    }

    [Fact]
    public void Demonstration_trial_round_trips_with_only_the_documented_losses()
    {
        var trial = DemonstrationCohort.Trial;
        var back = MscDomainFhir.ReadTrial(MscDomainFhir.ToBundle(trial));
        back.Issues.Should().BeEmpty();
        MscDomainJson.Serialize(back.GetValueOrThrow()).Should().Be(MscDomainJson.Serialize(CarriedPartOf(trial)));
    }

    [Fact]
    public void The_documented_losses_are_real_losses_on_the_bundled_trials()
    {
        // Guards the test above against a projection that drops nothing: every listed loss occurs in some trial.
        var trials = PublishedTrials.LoadAll();
        trials.Should().Contain(t => t.Arms.Any(a => a.Regimen != null));
        trials.Should().Contain(t => !t.Outcomes.IsEmpty);
        trials.Should().Contain(t => !t.Placebos.IsEmpty);
        trials.Should().Contain(t => !t.Results.IsEmpty);
        trials.Select(t => MscDomainJson.Serialize(CarriedPartOf(t))).Should().NotContain(trials.Select(t => MscDomainJson.Serialize(t)));
    }

    /// <summary>
    /// The part of a trial that FHIR carries, as docs/fhir.md lists it: everything except regimens, arm procedures and
    /// counts, placebos, outcome definitions (only name and role go out, as ResearchStudy.objective), reported results,
    /// reported adverse events, AE collection windows, provenance, eligibility, trial counts, masked and unmasked
    /// roles, sequences, stratification factors, run-in, follow-up, compassionate crossover, the design description and
    /// the products' ISCT panels; and the schema-2 members: trial and arm baseline characteristics, study conduct,
    /// evidence class, assessment schedules, related studies, arm co-medication (drugs), the design's phase sub-stage,
    /// follow-up summary and allocation ratio.
    /// </summary>
    internal static TrialDocument CarriedPartOf(TrialDocument t)
    {
        var d = t.Design;
        var design = new TrialDesign(d.Phases, d.Allocation, d.Model, d.Masking, [], [], d.Periods, [], []);
        return new TrialDocument(t.SchemaVersion, t.Id, t.Title, t.Citations, t.Registrations, design,
            [.. t.Products.Select(p => p with { IsctPanel = null })], [],
            [.. t.Arms.Select(a => new Arm(a.Id, a.Label, a.Type, null, [], null, a.Description, Indication: a.Indication))],
            [], [], [], [], [], null, null, t.StartDate, t.CompletionDate, t.Notes);
    }
}
