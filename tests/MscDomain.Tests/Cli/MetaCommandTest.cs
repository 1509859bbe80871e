using MscDomain.Tests.Analysis;

namespace MscDomain.Tests.Cli;

/// <summary><c>mscdomain meta</c> end to end: the issue's interface, metafor's numbers, exit codes and output safety.</summary>
public sealed class MetaCommandTest : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string[] Row(string path, int line = 1) => File.ReadAllLines(path)[line].Split(',');

    private static double D(string s) => MetaforConformanceData.D(s);

    [Theory]
    [InlineData("bin-het", "OR", "REML", "knha")]
    [InlineData("cont-het", "SMD", "DL", "z")]
    [InlineData("prop-het", "PLO", "ML", "z")]
    [InlineData("rates2-het", "IRR", "EB", "knha")]
    [InlineData("gen-vi", "GEN", "EE", "z")]
    public void Pooled_and_studies_files_match_metafor(string dataset, string measure, string method, string test)
    {
        var pooled = _cli.PathOf("pooled.csv");
        var studies = _cli.PathOf("studies_out.csv");
        var forest = _cli.PathOf("forest.png");
        var (code, stdout, stderr) = _cli.Run("meta", "--input", MetaforConformanceData.InputPath(dataset), "--measure", measure, "--method", method,
            "--test", test, "--output", pooled, "--studies-output", studies, "--forest", forest);
        code.Should().Be(0, stderr);
        stdout.Should().Contain("k = ");

        File.ReadAllLines(pooled)[0].Should().Be("k,estimate,se,stat,pval,ci_lb,ci_ub,pi_lb,pi_ub,tau2,I2,H2,Q,Q_df,Q_pval");
        var expected = MetaforConformanceData.Pooled.Single(r => r["dataset"] == dataset && r["measure"] == measure && r["method"] == method && r["test"] == test);
        var actual = Row(pooled);
        string[] columns = ["k", "estimate", "se", "stat", "pval", "ci_lb", "ci_ub", "pi_lb", "pi_ub", "tau2", "I2", "H2", "Q", "Q_df", "Q_pval"];
        for (var i = 0; i < columns.Length; i++)
        {
            var e = D(expected[columns[i]]);
            D(actual[i]).Should().BeApproximately(e, Math.Max(columns[i] == "I2" ? 1e-7 : 1e-10, 1e-8 * Math.Abs(e)), columns[i]);
        }

        File.ReadAllLines(studies)[0].Should().Be("study,yi,vi,weight");
        var rows = MetaforConformanceData.Studies(dataset, measure, method, test).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = Row(studies, i + 1);
            r[0].Should().Be(rows[i]["study"]);
            D(r[1]).Should().BeApproximately(D(rows[i]["yi"]), 1e-8 * Math.Abs(D(rows[i]["yi"])) + 1e-12);
            D(r[2]).Should().BeApproximately(D(rows[i]["vi"]), 1e-8 * D(rows[i]["vi"]));
            D(r[3]).Should().BeApproximately(D(rows[i]["weight"]), 1e-8 * D(rows[i]["weight"]));
        }

        File.ReadAllBytes(forest).Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        Directory.GetFiles(_cli.Dir).Should().HaveCount(3, "no temporary file is left");
    }

    [Fact]
    public void Level_option_matches_metafor_level_90()
    {
        // metafor 3.8-1: rma(SMD of cont-het, method = "PM", test = "knha", level = 90, tight control): CI and PI.
        var pooled = _cli.PathOf("p.csv");
        var (code, _, stderr) = _cli.Run("meta", "--input", MetaforConformanceData.InputPath("cont-het"), "--measure", "SMD", "--method", "PM",
            "--test", "knha", "--level", "90", "--output", pooled);
        code.Should().Be(0, stderr);
        var r = Row(pooled);
        D(r[5]).Should().BeApproximately(-0.28102485168925373, 1e-8);
        D(r[6]).Should().BeApproximately(1.583836315514092, 1e-8);
        D(r[7]).Should().BeApproximately(-1.9044624061146989, 1e-8);
        D(r[8]).Should().BeApproximately(3.2072738699395371, 1e-8);
    }

    [Fact]
    public void Bad_data_exits_1_with_located_issues_and_writes_nothing()
    {
        var input = _cli.WriteFile("bad.csv", "study,ai,n1i,ci,n2i\nA,3,20,4,22\nB,25,20,4,22\nC,x,20,4,22\n");
        var (code, _, stderr) = _cli.Run("meta", "--input", input, "--measure", "RR", "--output", _cli.PathOf("pooled.csv"));
        code.Should().Be(1);
        stderr.Should().Contain($"{input}:4:2 [ai]: error MSC0202: 'x'");
        File.Exists(_cli.PathOf("pooled.csv")).Should().BeFalse();

        var second = _cli.WriteFile("bad2.csv", "study,ai,n1i,ci,n2i\nA,3,20,4,22\nB,25,20,4,22\n");
        (code, _, stderr) = _cli.Run("meta", "--input", second, "--measure", "RR", "--output", _cli.PathOf("pooled.csv"));
        code.Should().Be(1);
        stderr.Should().Contain($"{second}:3:2 [ai]: error MSC1302: '25'");
        File.Exists(_cli.PathOf("pooled.csv")).Should().BeFalse();
    }

    [Fact]
    public void Missing_measure_columns_exit_1()
    {
        var input = _cli.WriteFile("m.csv", "study,yi\nA,0.1\n");
        var (code, _, stderr) = _cli.Run("meta", "--input", input, "--measure", "GEN", "--output", _cli.PathOf("p.csv"));
        code.Should().Be(1);
        stderr.Should().Contain("MSC0105").And.Contain("yi,vi or yi,sei");
    }

    [Fact]
    public void Missing_input_file_exits_3()
    {
        var (code, _, stderr) = _cli.Run("meta", "--input", _cli.PathOf("nope.csv"), "--measure", "RR", "--output", _cli.PathOf("p.csv"));
        code.Should().Be(3);
        stderr.Should().Contain("does not exist");
        _cli.Run("meta", "--from-trials", _cli.PathOf("no-dir"), "--outcome", "relapses", "--measure", "RR", "--output", _cli.PathOf("p.csv")).Code.Should().Be(3);
    }

    [Fact]
    public void A_failing_second_output_leaves_the_first_unwritten()
    {
        var (code, _, _) = _cli.Run("meta", "--input", MetaforConformanceData.InputPath("gen-vi"), "--measure", "GEN", "--output", _cli.PathOf("p.csv"),
            "--studies-output", _cli.PathOf(Path.Combine("no-such-dir", "s.csv")));
        code.Should().Be(3);
        Directory.GetFiles(_cli.Dir).Should().BeEmpty("staged outputs are renamed only when all were written");
    }

    [Fact]
    public void Unwritable_output_exits_3()
    {
        var (code, _, _) = _cli.Run("meta", "--input", MetaforConformanceData.InputPath("gen-vi"), "--measure", "GEN", "--output", _cli.PathOf(Path.Combine("no-such-dir", "p.csv")));
        code.Should().Be(3);
    }

    [Theory]
    [InlineData("--measure", "rr")]
    [InlineData("--method", "reml")]
    [InlineData("--test", "t")]
    [InlineData("--level", "0.95")]
    [InlineData("--level", "100")]
    public void Bad_option_values_are_usage_errors(string option, string value)
    {
        var args = new List<string> { "meta", "--input", MetaforConformanceData.InputPath("gen-vi"), "--measure", "GEN", "--output", _cli.PathOf("p.csv") };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (code, _, stderr) = _cli.Run([.. args]);
        code.Should().Be(2, stderr);
        stderr.Should().Contain(option);
        File.Exists(_cli.PathOf("p.csv")).Should().BeFalse();
    }

    [Fact]
    public void An_input_is_never_an_output()
    {
        var input = _cli.WriteFile("s.csv", File.ReadAllText(MetaforConformanceData.InputPath("gen-vi")));
        var before = File.ReadAllText(input);
        var (code, _, stderr) = _cli.Run("meta", "--input", input, "--measure", "GEN", "--output", _cli.PathOf("p.csv"), "--studies-output", input);
        code.Should().Be(3, "the house rule: refusing to overwrite an input is a file error");
        stderr.Should().Contain("never overwritten");
        File.ReadAllText(input).Should().Be(before);
        _cli.Run("meta", "--input", input, "--measure", "GEN", "--output", _cli.PathOf("p.csv"), "--forest", _cli.PathOf("p.csv")).Code.Should().Be(2);
    }

    [Fact]
    public void Input_and_from_trials_are_exclusive_and_from_trials_needs_an_outcome()
    {
        _cli.Run("meta", "--measure", "RR", "--output", _cli.PathOf("p.csv")).Code.Should().Be(2);
        _cli.Run("meta", "--from-trials", TrialsDir, "--measure", "RR", "--output", _cli.PathOf("p.csv")).Code.Should().Be(2);
        _cli.Run("meta", "--input", MetaforConformanceData.InputPath("gen-vi"), "--from-trials", TrialsDir, "--outcome", "relapses",
            "--measure", "GEN", "--output", _cli.PathOf("p.csv")).Code.Should().Be(2);
    }

    private static string TrialsDir
    {
        get
        {
            var root = AppContext.BaseDirectory;
            while (!Directory.Exists(Path.Combine(root, "samples", "data", "trials")))
            {
                root = Path.GetDirectoryName(root)!;
            }

            return Path.Combine(root, "samples", "data", "trials");
        }
    }

    [Fact]
    public void From_trials_pools_the_outcome_with_provenance_and_reasons()
    {
        var pooled = _cli.PathOf("pooled.csv");
        var studies = _cli.PathOf("studies.csv");
        var (code, stdout, stderr) = _cli.Run("meta", "--from-trials", TrialsDir, "--outcome", "relapses", "--measure", "RR",
            "--output", pooled, "--studies-output", studies, "--forest", _cli.PathOf("f.svg"));
        code.Should().Be(0, stderr);
        stdout.Should().Contain("k = 1");
        stderr.Should().Contain("PETROU-2020 [$.results[").And.Contain("used:").And.Contain("MSC1309");
        Row(studies)[0].Should().Be("PETROU-2020");
        D(Row(studies)[1]).Should().BeApproximately(Math.Log((55.0 / 64) / (17.0 / 32)), 1e-12);
        D(Row(pooled)[1]).Should().BeApproximately(Math.Log((55.0 / 64) / (17.0 / 32)), 1e-12);
    }

    [Fact]
    public void From_trials_with_nothing_comparable_exits_1()
    {
        var (code, _, stderr) = _cli.Run("meta", "--from-trials", TrialsDir, "--outcome", "t25fw-change", "--measure", "MD", "--output", _cli.PathOf("p.csv"));
        code.Should().Be(1);
        stderr.Should().Contain("MSC1308").And.Contain("n is not reported");
        File.Exists(_cli.PathOf("p.csv")).Should().BeFalse();
    }

    [Fact]
    public void Help_lists_the_interface()
    {
        var (code, stdout, _) = _cli.Run("meta", "--help");
        code.Should().Be(0);
        stdout.Should().Contain("mscdomain meta --input studies.csv --measure MEASURE [--method METHOD] [--test z|knha] [--level 95]");
        stdout.Should().Contain("RR | OR | RD | MD | SMD | ROM | PR | PLO | PAS | IR | IRLN | IRR | IRD | GEN");
    }
}
