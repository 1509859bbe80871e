using System.Text.Json;
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

    public string Help => """
        Usage: mscdomain export-csv --input cohort.json --output-dir DIR

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
        The files are written into a temporary directory first and moved into DIR only when all
        were written.
        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var input = args.Require("input");
        var outputDir = args.Require("output-dir");
        args.EnsureAllUsed();
        string json;
        try
        {
            json = File.ReadAllText(input);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"mscdomain export-csv: cannot read '{input}': {e.Message}");
            return 1;
        }

        CohortDocument? cohort = null;
        ParticipantTimeline? timeline = null;
        try
        {
            if (JsonDocument.Parse(json).RootElement is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("participantId", out _))
            {
                timeline = MscDomainJson.DeserializeTimeline(json);
            }
            else
            {
                cohort = MscDomainJson.DeserializeCohort(json);
            }
        }
        catch (JsonException e)
        {
            stderr.WriteLine($"mscdomain export-csv: {input}: {e.Message}");
            stderr.WriteLine("  (run 'mscdomain validate' on it to list every problem)");
            return 1;
        }

        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputDir))!, "." + Path.GetFileName(Path.GetFullPath(outputDir)) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            var files = cohort is not null ? TimelineCsvWriter.WriteCohort(cohort, temp) : TimelineCsvWriter.WriteTimelines([timeline!], temp);
            Directory.CreateDirectory(outputDir);
            foreach (var f in new[] { files.Participants, files.Visits, files.Relapses, files.Administrations, files.Labs, files.AdverseEvents, files.Cohort })
            {
                if (f is not null)
                {
                    File.Move(f, Path.Combine(outputDir, Path.GetFileName(f)), overwrite: true);
                }
            }
        }
        catch (NotSupportedException e)
        {
            stderr.WriteLine($"mscdomain export-csv: {e.Message}");
            return 1;
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }

        var n = cohort?.Participants.Length ?? 1;
        stdout.WriteLine($"wrote {n} participant(s) to {outputDir}");
        return 0;
    }
}
