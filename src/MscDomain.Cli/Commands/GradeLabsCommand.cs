using MscDomain.Safety;
using MscDomain.Tabular;
using MscDomain.Tabular.Labs;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain grade-labs</c>: CTCAE v5.0/v6.0 grading of a lab CSV.</summary>
internal sealed class GradeLabsCommand : ICliCommand
{
    public string Name => "grade-labs";

    public string Summary => "Grade lab values by CTCAE v5.0/v6.0 (CSV in, CSV with grade and reason out).";

    public string Help =>
        """
        Usage: mscdomain grade-labs --input labs.csv --output graded.csv [options]

        Grades each lab value by NCI CTCAE v5.0 or v6.0 (every lab term of the CTCAE lab set, SI and
        US-conventional units, graded in the unit given) and writes the rows back with two columns
        appended: grade (0-4; empty when not gradable) and reason (why not gradable, or the policies
        that fired). Every other column passes through unchanged.

        Input columns (header line required):
          term             CTCAE term (e.g. Hypokalemia, INR increased) or analyte (potassium) with direction
          direction        high | low | empty (implied by the term)
          value, unit      the value in its unit (10^9/L, /uL, mmol/L, mg/dL, g/L, g/dL, umol/L, mL/min)
          lln, uln         this record's normal range; empty = unknown
          baseline_value   baseline value of the analyte; empty = unknown
          baseline_status  normal | high | low | empty (derived from baseline_value when empty)
          ctcae_version    5.0 | 6.0
          optional: symptomatic, intervention_indicated, on_anticoagulation, is_baseline
                    (true | false | empty = unknown -> clinical-qualifier policy)

        Options:
          --input FILE             lab CSV to read (required)
          --output FILE            graded CSV to write (required; written only when the whole input is valid)
          --clinical-policy P      worst-case (default) | best-case | require-input
          --integer-gap P          more-severe (default, NCI v6 wording) | less-severe (admiral)
          --baseline-vs-itself     grade baseline records against their own baseline (admiral) instead of
                                   the normal range only

        Exit codes: 0 success; 1 invalid input (file, line, column, value and rule on stderr); 2 usage.
        """ + "\n";

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var inputPath = args.Require("input");
        var outputPath = args.Require("output");
        var options = new LabGradingOptions
        {
            ClinicalQualifierPolicy = args.Get("clinical-policy", "worst-case") switch
            {
                "worst-case" => ClinicalQualifierPolicy.WorstCase,
                "best-case" => ClinicalQualifierPolicy.BestCase,
                "require-input" => ClinicalQualifierPolicy.RequireClinicalInput,
                var p => throw new CliUsageException($"--clinical-policy takes worst-case, best-case or require-input, not '{p}'."),
            },
            IntegerBandGap = args.Get("integer-gap", "more-severe") switch
            {
                "more-severe" => IntegerBandGapPolicy.MoreSevere,
                "less-severe" => IntegerBandGapPolicy.LessSevere,
                var p => throw new CliUsageException($"--integer-gap takes more-severe or less-severe, not '{p}'."),
            },
            GradeBaselineAgainstNormalRangeOnly = !args.Flag("baseline-vs-itself"),
        };
        args.EnsureAllUsed();

        if (!File.Exists(inputPath))
        {
            throw new TabularInputException(inputPath, null, null, "the input file does not exist.");
        }

        var fullOutput = Path.GetFullPath(outputPath);
        var temp = Path.Combine(Path.GetDirectoryName(fullOutput)!, "." + Path.GetFileName(fullOutput) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            LabGradingCsvSummary summary;
            using (var writer = new StreamWriter(temp))
            {
                summary = LabGradingCsv.GradeFile(inputPath, writer, options);
            }

            File.Move(temp, fullOutput, overwrite: true);
            stdout.WriteLine($"grade-labs: {summary.Rows} rows, {summary.Graded} graded, {summary.NotGradable} not gradable -> {outputPath}");
            return 0;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
