using MscDomain.Serialization;
using MscDomain.Tabular;
using MscDomain.Tabular.Timelines;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain import-csv --dir DIR --output cohort.json</c>: reads long-format CSV files into a cohort document.</summary>
internal sealed class ImportCsvCommand : ICliCommand
{
    public string Name => "import-csv";

    public string Summary => "Read long-format CSV files (participants, visits, ...) into a cohort JSON document.";

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Value("dir", "DIR", "the folder holding participants.csv and the other files (required).", role: CliPathRole.InputDirectory) with { Required = true },
        CliOption.Output("output", "the cohort JSON document to write (required).") with { Required = true },
        CliOption.Value("id", "COHORT-ID", "the cohort id; without it, cohort.csv's."),
    ];

    public string Description => """
        Reads DIR/participants.csv (required) and, when present, visits.csv, relapses.csv,
        administrations.csv, labs.csv, adverse_events.csv and cohort.csv (the layout 'mscdomain export-csv' writes;
        columns in 'mscdomain export-csv --help') into a CohortDocument and writes it as JSON
        (via a temporary file). The cohort id comes from --id or cohort.csv.

        A read summary goes to stderr: rows read and skipped per file, each skip with its line and
        reason (unknown participant, visit without assessment). A bad value stops the import with
        the file, line, column, value and rule (exit code 1); nothing is written then.
        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var dir = args.Require("dir");
        var output = args.Require("output");
        var id = args.Get("id");
        args.EnsureAllUsed();
        var result = TimelineCsvReader.ReadDirectory(dir);
        if (id is null && result.CohortId is null)
        {
            throw new CliUsageException($"{dir} has no cohort.csv; give the cohort id with --id.");
        }

        var cohort = result.ToCohort(id);
        MscDomain.IO.AtomicFile.WriteAllText(output, MscDomainJson.Serialize(cohort));
        stderr.Write(result.Summary.Describe());
        stdout.WriteLine($"wrote {cohort.Participants.Length} participant(s) to {output}");
        return 0;
    }
}
