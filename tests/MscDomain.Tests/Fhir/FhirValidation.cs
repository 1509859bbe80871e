using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;
using MscDomain.Fhir;

namespace MscDomain.Tests.Fhir;

/// <summary>
/// One Firely validator (Firely.Fhir.Validation.R4 3.6.0) against base R4 (Hl7.Fhir.Specification.Data.R4 6.8.0,
/// specification.zip beside the test assembly), offline, with a cached resolver shared by all tests. The library's own
/// CodeSystems are resolvable in front of the zip (fhir-and-codes.md §3).
/// </summary>
internal static class FhirValidation
{
    private static readonly Lazy<Validator> Shared = new(() =>
    {
        var zip = ZipSource.CreateValidationSource();
        var own = new InMemoryResourceResolver(MscDomainCodeSystems.All());
        IAsyncResourceResolver resolver = new CachedResolver(new SnapshotSource(new MultiResolver(own, zip)));
        return new Validator(resolver, LocalTerminologyService.CreateDefaultForCore(resolver));
    });

    private static readonly object Gate = new();

    /// <summary>Validates one resource against its base R4 profile.</summary>
    public static OperationOutcome Validate(Resource resource)
    {
        lock (Gate)
        {
            return Shared.Value.Validate(resource);
        }
    }

    /// <summary>The error and fatal issues of an outcome, one line each, with the resource they concern.</summary>
    public static IEnumerable<string> Errors(OperationOutcome outcome, Resource resource) =>
        outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{resource.TypeName}/{resource.Id}: {i.Details?.Coding.FirstOrDefault()?.Code} {i.Details?.Text} @ {string.Join(",", i.Expression)}");

    /// <summary>The warnings of an outcome as "code: text" (location removed), for grouping.</summary>
    public static IEnumerable<string> Warnings(OperationOutcome outcome) =>
        outcome.Issue
            .Where(i => i.Severity == OperationOutcome.IssueSeverity.Warning)
            .Select(i => $"{i.Details?.Coding.FirstOrDefault()?.Code}: {i.Details?.Text}");
}
