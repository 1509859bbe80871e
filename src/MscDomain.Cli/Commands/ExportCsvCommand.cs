using System.Text.Json;
using MscDomain.IO;
using MscDomain.Serialization;
using MscDomain.Tabular;
using MscDomain.Tabular.Timelines;
using MscDomain.Trials;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain export-csv --input cohort.json --output-dir DIR</c>: writes a cohort (or one timeline) as long-format CSV files.</summary>
internal sealed class ExportCsvCommand : ICliCommand
{
    public string Name => "export-csv";

    public string Summary => "Write a cohort or timeline JSON document as long-format CSV files (for R/Python).";

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Input("input", "the cohort or timeline JSON document (required).") with { Required = true },
        CliOption.Value("output-dir", "DIR", "the folder to write the CSV files into (required; created if missing).", role: CliPathRole.OutputDirectory) with { Required = true },
        CliOption.Flag("overwrite", "replace a non-empty folder: its whole content is replaced by the new layout (no stale files)."),
    ];

    public string Description => """
        Reads a CohortDocument (or a single ParticipantTimeline) strictly and writes, into DIR:
          participants.csv     id, arm, birth_date, sex, enrolment_date, course, trial_id, ...
          visits.csv           id, date, edss, visual..cerebral, ambulation, t25fw, nhpt, sdmt,
                               measure, value, unit, laterality, name
          relapses.csv         id, date, end, confirmed, steroid_treated, description
          administrations.csv  id, date, status, ..., component, product_id, route, dose_millions, ...
          labs.csv             id, date, analyte, value, unit, lln, uln, specimen
          adverse_events.csv   id, ae_id, term, onset, ..., grade, ctcae_version, serious, outcome, ...
          cohort.csv           id, trial_id, description   (cohorts only)
        'mscdomain import-csv --dir DIR --output cohort.json' reads them back unchanged.
        The files are written into a temporary folder beside DIR and moved into place only when all were
        written. A non-empty DIR is refused unless --overwrite, which replaces its whole content.
        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var input = args.Require("input");
        var outputDir = args.Require("output-dir");
        var overwrite = args.Flag("overwrite");
        args.EnsureAllUsed();
        if (!overwrite && Directory.Exists(outputDir) && Directory.EnumerateFileSystemEntries(outputDir).Any())
        {
            throw CliFiles.Error(MscDomain.Common.DataIssueCodes.OutputFolderNotEmpty, outputDir, "refusing to write into it: the folder is not empty; give --overwrite to replace its whole content, or name an empty or new folder.");
        }

        return Export(input, outputDir, stdout);
    }

    /// <summary>The computation, separate from option parsing: reads the document and writes the layout.</summary>
    private static int Export(string input, string outputDir, TextWriter stdout)
    {
        var json = File.ReadAllText(input);
        CohortDocument? cohort = null;
        ParticipantTimeline? timeline = null;
        using (var doc = JsonDocument.Parse(json))
        {
            if (doc.RootElement is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("participantId", out _))
            {
                timeline = MscDomainJson.DeserializeTimeline(json);
            }
            else
            {
                cohort = MscDomainJson.DeserializeCohort(json);
            }
        }

        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? ".";
        var temp = AtomicFile.NewTempPath(parent);
        var old = AtomicFile.NewTempPath(parent);
        var oldHoldsTheLayout = false;
        try
        {
            _ = cohort is not null ? TimelineCsvWriter.WriteCohort(cohort, temp) : TimelineCsvWriter.WriteTimelines([timeline!], temp);
            if (Directory.Exists(target))
            {
                Directory.Move(target, old);
                oldHoldsTheLayout = true;
            }

            Directory.Move(temp, target);
            oldHoldsTheLayout = false;
        }
        catch (NotSupportedException e)
        {
            throw new ArgumentException(e.Message, e);
        }
        finally
        {
            if (oldHoldsTheLayout && !Directory.Exists(target))
            {
                Directory.Move(old, target); // put the previous layout back
            }

            AtomicFile.Discard(temp);
            AtomicFile.Discard(old);
        }

        var n = cohort?.Participants.Length ?? 1;
        stdout.WriteLine($"wrote {n} participant(s) to {outputDir}");
        return 0;
    }
}
