using System.Globalization;
using MscDomain.Disability;
using MscDomain.Tabular.Edss;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain edss</c>: derives the EDSS step from functional-system grades in a CSV.</summary>
internal sealed class EdssCommand : ICliCommand
{
    public string Name => "edss";

    public string Summary => "Derive EDSS from functional-system grades and ambulation (CSV in, CSV out).";

    private static string Text(bool value, (string Text, bool Value) a, (string Text, bool Value) b) => value == a.Value ? a.Text : b.Text;

    public IReadOnlyList<CliOption> Options { get; } =
    [
        CliOption.Input("input", "FS CSV to read (required).") with { Required = true },
        CliOption.Output("output", "CSV to write (required; written via a temporary file, so an error never leaves a partial file).") with { Required = true },
        CliOption.Value("preset", "NAME", "default | js | r: start from our defaults, the JS calculator (adobrasinovic/edss) or the R calculator (jirimotyl/edss); the options below override it.", () => "default"),
        CliOption.Value("cerebral-grade1", "ignore|count", "D1: cerebral grade 1 ignored (Kurtzke) or counted (JS).", () => Text(EdssFromFsOptions.Default.CountCerebralGrade1, ("ignore", false), ("count", true))),
        CliOption.Value("grade4-with-grade2", "4.5|4.0", "D2: one grade 4 with grade 2s (4.5 JS; 4.0 R).", () => Text(EdssFromFsOptions.Default.RaiseGrade4WithGrade2, ("4.5", true), ("4.0", false))),
        CliOption.Value("grade4-with-three-grade3", "5.0|4.5", "D3: one grade 4 with >=3 grade 3s (5.0 JS; 4.5 R).", () => Text(EdssFromFsOptions.Default.RaiseGrade4WithThreeGrade3, ("5.0", true), ("4.5", false))),
        CliOption.Value("ambulation1", "max|cap4.0", "D4: ambulation 1 gives max(FS, 2.0) or caps at 4.0 (R).", () => Text(EdssFromFsOptions.Default.CapAmbulationScore1AtStep4, ("max", false), ("cap4.0", true))),
        CliOption.Value("ambulation2", "max|fix4.5", "D5: ambulation 2 gives max(FS, 4.5) or 4.5 (R).", () => Text(EdssFromFsOptions.Default.CapAmbulationScore2AtStep4Point5, ("max", false), ("fix4.5", true))),
    ];

    public string Description =>
        """
        Derives the EDSS step (Kurtzke 1983 / Neurostatus) of every row from its seven functional-system
        grades and the Neurostatus ambulation score, and writes the rows back with two columns appended:
          edss        the step (0, 1.0, 1.5, ..., 10)
          edss_rule   the deciding rule, e.g. fs:OneGrade3WithOneOrTwoGrade2=3.5 or ambulation:4=5.5;
                      ';contested:D2' is appended when the other published calculator would differ.

        Input columns (header row, exact lower-case names, any order; other columns are passed through):
          id             participant id (not empty)
          date           examination date, yyyy-MM-dd
          pyramidal      0-6        cerebellar   0-5        brainstem   0-5
          sensory        0-6        bowel_bladder 0-6 (raw) visual      0-6 (raw)
          cerebral       0-5        ambulation   0-16 (Neurostatus ambulation score)
        A grade may carry the Neurostatus X flag (e.g. 3X); it is scored as the number.
        The input must not already have 'edss' or 'edss_rule' columns.
        """;

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        var input = args.Require("input");
        var output = args.Require("output");
        var options = args.Get("preset", "default") switch
        {
            "default" => EdssFromFsOptions.Default,
            "js" => EdssFromFsOptions.JavaScriptCalculator,
            "r" => EdssFromFsOptions.RCalculator,
            var p => throw new CliUsageException($"option --preset takes default, js or r, not '{p}'."),
        };

        options = Choice(args, "cerebral-grade1", ("ignore", false), ("count", true)) is { } d1 ? options with { CountCerebralGrade1 = d1 } : options;
        options = Choice(args, "grade4-with-grade2", ("4.5", true), ("4.0", false)) is { } d2 ? options with { RaiseGrade4WithGrade2 = d2 } : options;
        options = Choice(args, "grade4-with-three-grade3", ("5.0", true), ("4.5", false)) is { } d3 ? options with { RaiseGrade4WithThreeGrade3 = d3 } : options;
        options = Choice(args, "ambulation1", ("max", false), ("cap4.0", true)) is { } d4 ? options with { CapAmbulationScore1AtStep4 = d4 } : options;
        options = Choice(args, "ambulation2", ("max", false), ("fix4.5", true)) is { } d5 ? options with { CapAmbulationScore2AtStep4Point5 = d5 } : options;
        args.EnsureAllUsed();

        return Convert(input, output, options, stdout);
    }

    /// <summary>The computation, separate from option parsing.</summary>
    private static int Convert(string input, string output, EdssFromFsOptions options, TextWriter stdout)
    {
        var results = EdssFsCsv.ConvertFile(input, output, options);
        var contested = results.Count(r => r.IsContested);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mscdomain edss: wrote {results.Count} row(s) to {output}; {contested} contested (see edss_rule)."));
        return 0;
    }

    private static bool? Choice(CliArguments args, string name, (string Text, bool Value) a, (string Text, bool Value) b)
    {
        var v = args.Get(name);
        if (v is null)
        {
            return null;
        }

        if (v == a.Text)
        {
            return a.Value;
        }

        if (v == b.Text)
        {
            return b.Value;
        }

        throw new CliUsageException($"option --{name} takes {a.Text} or {b.Text}, not '{v}'.");
    }
}
