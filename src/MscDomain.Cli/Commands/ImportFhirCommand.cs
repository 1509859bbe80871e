using MscDomain.Common;
using MscDomain.Fhir;
using MscDomain.IO;
using MscDomain.Serialization;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain import-fhir --input bundle.json --output cohort.json</c>: reads a FHIR R4 Bundle back into a cohort document.</summary>
internal sealed class ImportFhirCommand : ICliCommand
{
    public string Name => "import-fhir";

    public string Summary => "Read a FHIR R4 Bundle (as export-fhir writes it) back into a cohort JSON document.";

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Input("input", "the FHIR R4 Bundle JSON (required).") with { Required = true },
        CliOption.Output("output", "the cohort JSON document to write (required).") with { Required = true },
    ];

    public string Description => """
        Reads a collection or transaction Bundle written by 'mscdomain export-fhir' (or any Bundle with the
        same resources and codes, docs/fhir.md) into a CohortDocument and writes it as JSON via a temporary
        file. Every problem is printed to stderr with its code (MSC12xx, docs/issue-codes.md), location
        (Bundle.entry[i].resource.element, or line and column for JSON syntax), value and rule; with any
        error nothing is written and the exit code is 1. Resources that belong to no cohort member are
        reported as warnings.
        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (!FhirHost.InProcess)
        {
            return FhirHost.RunInJitBuild(stdout, stderr);
        }

        var input = args.Require("input");
        var output = args.Require("output");
        args.EnsureAllUsed();
        var result = MscDomainFhir.ReadCohort(File.ReadAllText(input), input);
        foreach (var issue in result.Issues)
        {
            stderr.WriteLine(issue.ToString());
        }

        if (!result.Succeeded)
        {
            stderr.WriteLine($"{input}: {result.Issues.Count(i => i.Severity == DataIssueSeverity.Error)} error(s); nothing was written.");
            return CliExitCodes.InvalidInput;
        }

        var cohort = result.Value!;
        AtomicFile.WriteAllText(output, MscDomainJson.Serialize(cohort));
        stdout.WriteLine($"wrote {cohort.Participants.Length} participant(s) to {output}");
        return CliExitCodes.Success;
    }
}
