using Hl7.Fhir.Model;
using MscDomain.Fhir;
using MscDomain.Samples;
using MscDomain.Trials;
using Xunit.Abstractions;

namespace MscDomain.Tests.Fhir;

/// <summary>
/// Every resource the demonstration cohort and the 8 bundled trials produce validates against base R4 with zero
/// errors (Firely validator, offline). Warnings are printed and must be of the kinds docs/fhir.md lists and justifies.
/// </summary>
public sealed class FhirValidationTest(ITestOutputHelper output)
{
    /// <summary>The warning kinds docs/fhir.md justifies (by message prefix).</summary>
    private static readonly string[] JustifiedWarnings =
    [
        "4009: Unable to resolve reference to extension '", // own and AE-IG extensions: not in base R4
        "6006:", // terminology service cannot check a filter-based value set offline
    ];

    public static TheoryData<string> TrialIds => [.. PublishedTrials.Ids];

    [Theory]
    [MemberData(nameof(TrialIds))]
    public void Every_resource_of_a_published_trial_bundle_validates_with_zero_errors(string id)
    {
        var bundle = MscDomainFhir.ToBundle(PublishedTrials.Load(id), FhirBundleType.Transaction);
        AssertValid([bundle, .. bundle.Entry.Select(e => e.Resource!)]);
    }

    [Fact]
    public void Every_resource_of_the_demonstration_cohort_validates_with_zero_errors()
    {
        var bundle = MscDomainFhir.ToBundle(DemonstrationCohort.Load(), new FhirExportOptions { Trial = DemonstrationCohort.Trial });
        bundle.Entry.Count.Should().BeGreaterThan(25_000);
        AssertValid(bundle.Entry.Select(e => e.Resource!));
    }

    [Fact]
    public void A_transaction_bundle_of_the_demonstration_cohort_validates_as_one_bundle_with_its_references_resolved()
    {
        var cohort = DemonstrationCohort.Load();
        var small = new CohortDocument(cohort.SchemaVersion, cohort.Id, [.. cohort.Participants.Take(12)], cohort.TrialId, cohort.Description);
        var bundle = MscDomainFhir.ToBundle(small, new FhirExportOptions { BundleType = FhirBundleType.Transaction, Trial = DemonstrationCohort.Trial });
        bundle.Entry.Should().OnlyContain(e => e.Request != null && e.Request.Method == Bundle.HTTPVerb.PUT && e.FullUrl!.StartsWith("urn:uuid:", StringComparison.Ordinal));
        AssertValid([bundle]);
    }

    [Fact]
    public void The_library_code_systems_validate_with_zero_errors() => AssertValid(MscDomainCodeSystems.All());

    [Fact]
    public void The_validator_does_report_errors_it_is_given()
    {
        // The zero-error tests above are only meaningful if the validator reports real errors.
        var subject = new ResearchSubject { Status = null, Study = new ResourceReference { Display = "x" }, Individual = new ResourceReference { Display = "y" } };
        FhirValidation.Errors(FhirValidation.Validate(subject), subject).Should().NotBeEmpty();
    }

    private void AssertValid(IEnumerable<Resource> resources)
    {
        var errors = new List<string>();
        var warnings = new Dictionary<string, int>(StringComparer.Ordinal);
        var n = 0;
        foreach (var r in resources)
        {
            n++;
            var outcome = FhirValidation.Validate(r);
            errors.AddRange(FhirValidation.Errors(outcome, r));
            foreach (var w in FhirValidation.Warnings(outcome))
            {
                warnings[w] = warnings.GetValueOrDefault(w) + 1;
            }
        }

        output.WriteLine($"{n} resources validated; {warnings.Values.Sum()} warnings:");
        foreach (var (w, count) in warnings.OrderByDescending(x => x.Value))
        {
            output.WriteLine($"  {count} x {w}");
        }

        foreach (var kind in errors.Select(e => e[(e.IndexOf(':', StringComparison.Ordinal) + 1)..]).Distinct().Take(20))
        {
            output.WriteLine("ERROR " + kind);
        }

        errors.Should().BeEmpty();
        warnings.Keys.Where(w => !JustifiedWarnings.Any(j => w.StartsWith(j, StringComparison.Ordinal))).Should().BeEmpty("every warning kind must be listed and justified in docs/fhir.md");
    }
}
