using MscDomain.Fhir;
using MscDomain.IO;
using MscDomain.Serialization;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain export-fhir --input cohort.json --output bundle.json [--bundle-type collection|transaction] [--trial trial.json]</c>.</summary>
internal sealed class ExportFhirCommand : ICliCommand
{
    private static readonly string[] BundleTypes = ["collection", "transaction"];

    public string Name => "export-fhir";

    public string Summary => "Write a cohort JSON document as a FHIR R4 Bundle (collection or transaction).";

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Input("input", "the cohort JSON document (required).") with { Required = true },
        CliOption.Output("output", "the FHIR R4 Bundle JSON to write (required).") with { Required = true },
        CliOption.Value("bundle-type", "TYPE", "collection (default) or transaction (PUT entries).", () => "collection"),
        CliOption.Input("trial", "the cohort's trial JSON document: its ResearchStudy, products and release tests join the Bundle."),
    ];

    public string Description => """
        Maps the cohort to FHIR R4 resources (docs/fhir.md): a Group for the cohort; per participant a
        pseudonymous Patient, ResearchSubject, course Condition, one Procedure per administration,
        Observations (EDSS with functional systems, measures, labs with the CTCAE grade, confirmed
        disability events), relapse Conditions and AdverseEvents. Ids are stable (the same input gives the
        same Bundle); fullUrls are urn:uuid; a transaction Bundle has a PUT request per entry. With --trial
        the study and products are in the Bundle; without it they are conditional references.
        The Bundle is written via a temporary file. A bad cohort or trial stops with the JSON path and the
        rule (exit code 1).
        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        if (!FhirHost.InProcess)
        {
            return FhirHost.RunInJitBuild(stdout, stderr);
        }

        var input = args.Require("input");
        var output = args.Require("output");
        var type = args.Get("bundle-type") ?? "collection";
        var trialFile = args.Get("trial");
        args.EnsureAllUsed();
        if (!BundleTypes.Contains(type))
        {
            throw new CliUsageException($"--bundle-type '{type}' is not one of: {string.Join(", ", BundleTypes)}.");
        }

        var cohort = MscDomainJson.DeserializeCohort(File.ReadAllText(input));
        var trial = trialFile is null ? null : MscDomainJson.DeserializeTrial(File.ReadAllText(trialFile));
        var bundle = MscDomainFhir.ToBundle(cohort, new FhirExportOptions
        {
            BundleType = type == "transaction" ? FhirBundleType.Transaction : FhirBundleType.Collection,
            Trial = trial,
        });
        AtomicFile.WriteAllText(output, MscDomainFhir.Serialize(bundle));
        stdout.WriteLine($"wrote a {type} Bundle of {bundle.Entry.Count} resources ({cohort.Participants.Length} participant(s)) to {output}");
        return CliExitCodes.Success;
    }
}
