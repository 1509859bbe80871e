using MscDomain.Safety;
using MscDomain.Tabular;
using MscDomain.Tabular.Labs;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain grade-labs</c>: CTCAE v5.0/v6.0 grading of a lab CSV.</summary>
internal sealed class GradeLabsCommand : ICliCommand
{
    public string Name => "grade-labs";

    public string Summary => "Grade lab values by CTCAE v5.0/v6.0 (CSV in, CSV with grade and reason out).";

    private static readonly (string Text, ClinicalQualifierPolicy Value)[] Policies =
        [("worst-case", ClinicalQualifierPolicy.WorstCase), ("best-case", ClinicalQualifierPolicy.BestCase), ("require-input", ClinicalQualifierPolicy.RequireClinicalInput)];

    private static readonly (string Text, IntegerBandGapPolicy Value)[] Gaps =
        [("more-severe", IntegerBandGapPolicy.MoreSevere), ("less-severe", IntegerBandGapPolicy.LessSevere)];

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Input("input", "lab CSV to read (required).") with { Required = true },
        CliOption.Output("output", "graded CSV to write (required; written only when the whole input is valid).") with { Required = true },
        CliOption.Value("clinical-policy", "POLICY", "worst-case | best-case | require-input: how an unknown clinical qualifier is graded.", () => Policies.First(p => p.Value == LabGradingOptions.Default.ClinicalQualifierPolicy).Text),
        CliOption.Value("integer-gap", "POLICY", "more-severe (NCI v6 wording) | less-severe (admiral): a value between two integer bands.", () => Gaps.First(p => p.Value == LabGradingOptions.Default.IntegerBandGap).Text),
        CliOption.Flag("baseline-vs-itself", "grade baseline records against their own baseline (admiral) instead of the normal range only.", () => (!LabGradingOptions.Default.GradeBaselineAgainstNormalRangeOnly).ToString().ToLowerInvariant()),
    ];

    public string Description =>
        """
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
          ctcae_version    v5.0 | v6.0
          optional: symptomatic, intervention_indicated, on_anticoagulation, is_baseline
                    (true | false | empty = unknown -> clinical-qualifier policy)
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var inputPath = args.Require("input");
        var outputPath = args.Require("output");
        var options = new LabGradingOptions
        {
            ClinicalQualifierPolicy = Choose(args, "clinical-policy", Policies, LabGradingOptions.Default.ClinicalQualifierPolicy),
            IntegerBandGap = Choose(args, "integer-gap", Gaps, LabGradingOptions.Default.IntegerBandGap),
            GradeBaselineAgainstNormalRangeOnly = !args.Flag("baseline-vs-itself", !LabGradingOptions.Default.GradeBaselineAgainstNormalRangeOnly),
        };
        args.EnsureAllUsed();

        return Grade(inputPath, outputPath, options, stdout);
    }

    /// <summary>The computation, separate from option parsing: grades <paramref name="inputPath"/> into <paramref name="outputPath"/>.</summary>
    private static int Grade(string inputPath, string outputPath, LabGradingOptions options, TextWriter stdout)
    {
        LabGradingCsvSummary summary = null!;
        MscDomain.IO.AtomicFile.Write(outputPath, stream =>
        {
            summary = LabGradingCsv.GradeFile(inputPath, stream, options);
        });
        stdout.WriteLine($"grade-labs: {summary.Rows} rows, {summary.Graded} graded, {summary.NotGradable} not gradable -> {outputPath}");
        return 0;
    }

    private static T Choose<T>(CliArguments args, string name, (string Text, T Value)[] choices, T fallback)
    {
        var v = args.Get(name);
        if (v is null)
        {
            return fallback;
        }

        foreach (var (text, value) in choices)
        {
            if (text == v)
            {
                return value;
            }
        }

        throw new CliUsageException($"--{name} takes {string.Join(", ", choices.Select(c => c.Text))}, not '{v}'.");
    }
}
