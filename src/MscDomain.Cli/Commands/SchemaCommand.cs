namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain schema [--output FILE]</c>: prints the JSON Schema of the MscDomain documents.</summary>
internal sealed class SchemaCommand : ICliCommand
{
    public string Name => "schema";

    public string Summary => "Print the JSON Schema (draft 2020-12) of trial, timeline and cohort documents.";

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Output("output", "write the schema to FILE (via a temporary file) instead of stdout."),
    ];

    public string Description => """
        Prints the JSON Schema (draft 2020-12) of MscDomain documents: one schema whose oneOf covers
        TrialDocument, ParticipantTimeline and CohortDocument (the same text as the checked-in
        schema/mscdomain.schema.json). Use it with any standard validator (Python jsonschema,
        JavaScript Ajv 2020). With --output the schema is written to FILE (via a temporary file).
        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var output = args.Get("output");
        args.EnsureAllUsed();

        var schema = CheckedInSchema.Json;
        if (output is null)
        {
            stdout.Write(schema);
            return 0;
        }

        MscDomain.IO.AtomicFile.WriteAllText(output, schema);
        stdout.WriteLine($"wrote {output}");
        return 0;
    }
}
