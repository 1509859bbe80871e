using System.Globalization;
using System.Text.Json;
using MscDomain.Analysis;
using MscDomain.Common;
using MscDomain.Plotting;
using MscDomain.Serialization;
using MscDomain.Tabular;
using MscDomain.Tabular.Meta;
using MscDomain.Trials;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain meta</c>: metafor-compatible meta-analysis of a study CSV or of results in trial documents.</summary>
internal sealed class MetaCommand : ICliCommand
{
    public string Name => "meta";

    public string Summary => "Meta-analysis as R metafor (escalc + rma): pooled.csv, studies_out.csv, forest plot.";

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Input("input", "study CSV: study, then the escalc() columns of the measure (or use --from-trials)."),
        CliOption.Value("from-trials", "DIR", "pool the results of --outcome reported in the trial documents (*.json) in DIR.", role: CliPathRole.InputDirectory),
        CliOption.Value("outcome", "NAME", "outcome id or outcome measure (e.g. relapses, gd-enhancing-lesions); with --from-trials."),
        CliOption.Value("min-days", "N", "earliest timepoint accepted with --from-trials, in days from study start."),
        CliOption.Value("max-days", "N", "latest timepoint accepted with --from-trials, in days from study start."),
        CliOption.Value("measure", "MEASURE", string.Join(" | ", MetaAnalysisNames.MeasureNames) + " (as metafor's escalc spells them).") with { Required = true },
        CliOption.Value("method", "METHOD", string.Join(" | ", MetaAnalysisNames.MethodNames) + ": EE/FE equal effects, else the tau^2 estimator.",
            () => MetaAnalysisNames.NameOf(MetaAnalysisOptions.Default.Method)),
        CliOption.Value("test", "TEST", "z | knha (Knapp-Hartung, variance factor not truncated at 1).", () => MetaAnalysisNames.NameOf(MetaAnalysisOptions.Default.Test)),
        CliOption.Value("level", "PERCENT", "confidence level in percent, strictly between 1 and 100.",
            () => (MetaAnalysisOptions.Default.ConfidenceLevel * 100m).ToString("0.##", CultureInfo.InvariantCulture)),
        CliOption.Output("output", "pooled.csv: k,estimate,se,stat,pval,ci_lb,ci_ub,pi_lb,pi_ub,tau2,I2,H2,Q,Q_df,Q_pval (analysis scale).") with { Required = true },
        CliOption.Output("studies-output", "studies_out.csv: study,yi,vi,weight (weight in percent)."),
        CliOption.Output("forest", "forest plot, .png or .svg."),
    ];

    public string Description =>
        """
        Meta-analysis as R metafor: effect sizes as escalc() (1/2 added to studies with a zero cell;
        double-zero studies kept) and the rma() model, equal effects (EE/FE) or random effects, with
        iterative estimators solved to a relative change below 1e-10. Results are on the measure's
        analysis scale (log for ratios, logit for PLO); the forest plot is labelled back-transformed.

          mscdomain meta --input studies.csv --measure MEASURE [--method METHOD] [--test z|knha] [--level 95]
                         --output pooled.csv [--studies-output studies_out.csv] [--forest forest.png]
          mscdomain meta --from-trials DIR --outcome NAME --measure MEASURE [same options]

        Input columns (header line required): study, then the escalc() names the measure needs:
          RR, OR, RD      ai,bi,ci,di  or  ai,n1i,ci,n2i
          MD, SMD, ROM    m1i,sd1i,n1i,m2i,sd2i,n2i
          PR, PLO, PAS    xi,ni
          IR, IRLN        xi,ti
          IRR, IRD        x1i,t1i,x2i,t2i
          GEN             yi,vi  or  yi,sei
        With --from-trials, arm-level n/N (RR, OR, RD, PR, PLO, PAS), mean +- SD with n (MD, SMD, ROM) or a
        reported ratio with its CI (RR, OR, IRR; log scale, SE from the CI) are pooled; every other result of
        the outcome is listed on stderr with the reason it was left out. Problems in the data are printed as
        located issues (file:line:column [column]: severity code: value: rule); nothing is written then.
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var input = args.Get("input");
        var trialsDir = args.Get("from-trials");
        var outcome = args.Get("outcome");
        var measureText = args.Require("measure");
        var output = args.Require("output");
        var studiesOutput = args.Get("studies-output");
        var forest = args.Get("forest");
        var methodText = args.Get("method", MetaAnalysisNames.NameOf(MetaAnalysisOptions.Default.Method))!;
        var testText = args.Get("test", MetaAnalysisNames.NameOf(MetaAnalysisOptions.Default.Test))!;
        var level = args.Decimal("level") ?? (MetaAnalysisOptions.Default.ConfidenceLevel * 100m);
        var minDays = Int(args, "min-days");
        var maxDays = Int(args, "max-days");
        if ((input is null) == (trialsDir is null))
        {
            throw new CliUsageException("give exactly one of --input FILE and --from-trials DIR.");
        }

        if (trialsDir is not null && outcome is null)
        {
            throw new CliUsageException("--from-trials needs --outcome NAME (an outcome id or measure, e.g. relapses).");
        }

        if (input is not null && (outcome is not null || minDays is not null || maxDays is not null))
        {
            throw new CliUsageException("--outcome, --min-days and --max-days apply to --from-trials only.");
        }

        if (!MetaAnalysisNames.TryParseMeasure(measureText, out var measure))
        {
            throw new CliUsageException($"--measure takes {string.Join(", ", MetaAnalysisNames.MeasureNames)} (as metafor spells them), not '{measureText}'.");
        }

        if (!MetaAnalysisNames.TryParseMethod(methodText, out var method))
        {
            throw new CliUsageException($"--method takes {string.Join(", ", MetaAnalysisNames.MethodNames)}, not '{methodText}'.");
        }

        if (!MetaAnalysisNames.TryParseTest(testText, out var test))
        {
            throw new CliUsageException($"--test takes z or knha, not '{testText}'.");
        }

        if (level is <= 1m or >= 100m)
        {
            throw new CliUsageException($"--level is a percentage strictly between 1 and 100 (e.g. 95), not '{level.ToString(CultureInfo.InvariantCulture)}'.");
        }

        if (forest is not null && Path.GetExtension(forest).ToLowerInvariant() is not (".png" or ".svg"))
        {
            throw new CliUsageException($"--forest '{forest}' must end in .png or .svg.");
        }

        args.EnsureAllUsed(); // then the file checks: inputs readable, outputs writable, no output is an input (exit 3)
        var options = new MetaAnalysisOptions { Method = method, Test = test, ConfidenceLevel = level / 100m };

        IReadOnlyList<StudyEffect> effects;
        EffectScale scale;
        if (input is not null)
        {
            var read = MetaAnalysisCsv.ReadStudies(input, measure);
            var set = read.HasErrors ? null : EffectSizes.Compute(measure, read.Studies);
            var issues = read.Issues.Concat(set?.Issues ?? []).ToList();
            Report(issues, stderr);
            if (set is null || set.HasErrors)
            {
                stderr.WriteLine($"mscdomain meta: {issues.Count(i => i.Severity == DataIssueSeverity.Error)} error(s); nothing written.");
                return 1;
            }

            (effects, scale) = (set.Studies, set.Scale);
        }
        else
        {
            var trials = new List<TrialDocument>();
            foreach (var file in Directory.GetFiles(trialsDir!, "*.json").Order(StringComparer.Ordinal))
            {
                try
                {
                    trials.Add(MscDomainJson.DeserializeTrial(File.ReadAllText(file)));
                }
                catch (JsonException e)
                {
                    stderr.WriteLine($"{file}: error: not a valid trial document: {e.Message}");
                    return 1;
                }
            }

            var evidence = TrialEvidence.Extract(trials, new TrialEvidenceQuery(outcome!, measure, minDays, maxDays));
            Report(evidence.Issues, stderr);
            foreach (var s in evidence.Studies)
            {
                stderr.WriteLine($"{s.TrialId} [{string.Join(", ", s.ResultPaths)}]: used: {s.Conversion}");
            }

            if (evidence.Studies.Count == 0)
            {
                stderr.WriteLine($"{trialsDir}: error {DataIssueCodes.NoStudies}: no trial reports '{outcome}' in a form comparable as {measure}; nothing written.");
                return 1;
            }

            (effects, scale) = (evidence.Effects, evidence.Scale);
        }

        var fit = MetaAnalysis.Fit(effects, options, scale);
        foreach (var note in fit.Notes)
        {
            stderr.WriteLine("note: " + note);
        }

        // Everything is rendered first, then staged beside its destination and renamed: a failure leaves the folder as it was.
        var files = new List<(string Path, byte[] Bytes)> { (output, Csv(w => MetaAnalysisCsv.WritePooled(w, fit))) };
        if (studiesOutput is not null)
        {
            files.Add((studiesOutput, Csv(w => MetaAnalysisCsv.WriteStudies(w, fit))));
        }

        if (forest is not null)
        {
            var format = Path.GetExtension(forest).Equals(".svg", StringComparison.OrdinalIgnoreCase) ? PlotImageFormat.Svg : PlotImageFormat.Png;
            files.Add((forest, ForestPlot.Render(fit, format, 1100, ForestPlot.SuggestedHeight(fit.K))));
        }

        StagedFiles.WriteAll(files);

        var back = scale == EffectScale.Identity
            ? string.Empty
            : FormattableString.Invariant($" (back-transformed {fit.BackTransform(fit.Estimate):0.####} [{fit.BackTransform(fit.CiLower):0.####}, {fit.BackTransform(fit.CiUpper):0.####}])");
        stdout.WriteLine(FormattableString.Invariant(
            $"meta: k = {fit.K}, {measure} {method} {MetaAnalysisNames.NameOf(test)}: estimate {fit.Estimate:0.####} [{fit.CiLower:0.####}, {fit.CiUpper:0.####}]{back}, tau2 {fit.TauSquared:0.####}, I2 {fit.ISquared:0.#}% -> {output}"));
        return 0;
    }

    private static byte[] Csv(Action<TextWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        write(text);
        return new System.Text.UTF8Encoding(false).GetBytes(text.ToString());
    }

    private static int? Int(CliArguments args, string name) => args.Decimal(name) switch
    {
        null => null,
        { } d when d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
        var d => throw new CliUsageException($"--{name} takes a whole number of days, not '{d}'."),
    };

    private static void Report(IEnumerable<DataIssue> issues, TextWriter stderr)
    {
        foreach (var issue in issues)
        {
            stderr.WriteLine(issue.ToString());
        }
    }
}
