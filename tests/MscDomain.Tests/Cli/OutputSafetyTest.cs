using System.Diagnostics;
using System.Text.Json;
using MscDomain.AdverseEvents;
using MscDomain.IO;
using MscDomain.Safety;
using MscDomain.Serialization;

namespace MscDomain.Tests.Cli;

/// <summary>Issue 8 point 5: an input is never an output; unwritable destinations are exit 3 naming the path; outputs are
/// all-or-nothing; export-csv refuses a non-empty folder unless --overwrite; temporary files are recognisable and swept.</summary>
public sealed class OutputSafetyTest : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private string Visits() => _cli.WriteFile("visits.csv", File.ReadAllText(Path.Combine(CliRunner.MsprogDir, "visits.csv")));

    private string Fs() => _cli.WriteFile("fs.csv", Hostile.HostileCliTest.FsCsv);

    private string Labs() => _cli.WriteFile("labs.csv", Hostile.HostileCliTest.LabsCsv);

    private string Aes() => _cli.WriteFile("ae.json", Hostile.HostileCliTest.AeJson);

    public static TheoryData<string> Commands() => ["progression", "milestone", "edss", "grade-labs", "classify-ae", "plot-km"];

    private string[] SameFileArgs(string command, string input) => command switch
    {
        "progression" => ["progression", "--visits", input, "--results", _cli.PathOf("ok.csv"), "--json", input],
        "milestone" => ["milestone", "--visits", input, "--milestone", "4", "--results", input],
        "edss" => ["edss", "--input", input, "--output", input],
        "grade-labs" => ["grade-labs", "--input", input, "--output", input],
        "classify-ae" => ["classify-ae", "--input", input, "--output", input, "--format", "json"],
        _ => ["plot", "km", "--input", input, "--time-column", "time", "--event-column", "event", "--output", input],
    };

    private string InputFor(string command) => command switch
    {
        "progression" or "milestone" => Visits(),
        "edss" => Fs(),
        "grade-labs" => Labs(),
        "classify-ae" => Aes(),
        _ => _cli.WriteFile("km.svg", Hostile.HostileCliTest.SurvivalCsv),
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void An_output_that_is_an_input_is_refused_before_reading(string command)
    {
        var input = InputFor(command);
        var before = File.ReadAllBytes(input);
        var r = _cli.Run(SameFileArgs(command, input));
        r.Code.Should().Be(3, r.Stderr);
        r.Stderr.Should().Contain("error MSC0504").And.Contain("same file as the input");
        File.ReadAllBytes(input).Should().Equal(before);
        File.Exists(_cli.PathOf("ok.csv")).Should().BeFalse();
    }

    [Fact]
    public void A_hard_link_or_symbolic_link_to_the_input_is_the_same_file()
    {
        var input = Visits();
        var before = File.ReadAllBytes(input);
        var link = _cli.PathOf("alias.csv");
        File.CreateSymbolicLink(link, input);
        _cli.Run("progression", "--visits", input, "--results", link).Code.Should().Be(3);
        _cli.Run("progression", "--visits", link, "--results", input).Code.Should().Be(3);
        File.Delete(link);
        if (OperatingSystem.IsLinux())
        {
            Process.Start("ln", [input, link])!.WaitForExit();
            File.Exists(link).Should().BeTrue();
            var r = _cli.Run("progression", "--visits", input, "--results", link);
            r.Code.Should().Be(3, "a hard link is the same file: only the inode tells");
        }

        File.ReadAllBytes(input).Should().Equal(before);
    }

    [Fact]
    public void Import_csv_refuses_an_output_that_is_one_of_the_files_it_reads()
    {
        var cohort = _cli.WriteFile("cohort.json", Serialization.Hostile.HostileJsonSamples.All.Single(s => s.Type == "cohort").Json);
        _cli.Run("export-csv", "--input", cohort, "--output-dir", _cli.PathOf("csv")).Code.Should().Be(0);
        var participants = Path.Combine(_cli.PathOf("csv"), "participants.csv");
        var before = File.ReadAllBytes(participants);
        _cli.Run("import-csv", "--dir", _cli.PathOf("csv"), "--output", participants).Code.Should().Be(3);
        File.ReadAllBytes(participants).Should().Equal(before);
    }

    [Fact]
    public void A_missing_folder_or_a_folder_that_is_a_file_is_exit_3_naming_the_path()
    {
        var input = Visits();
        var r = _cli.Run("progression", "--visits", input, "--results", Path.Combine(_cli.Dir, "no-such-dir", "r.csv"));
        r.Code.Should().Be(3);
        r.Stderr.Should().Contain("no-such-dir").And.Contain("does not exist");

        var r2 = _cli.Run("edss", "--input", Fs(), "--output", Path.Combine(input, "edss.csv"));
        r2.Code.Should().Be(3);
        r2.Stderr.Should().Contain("is a file, not a folder");

        var r3 = _cli.Run("export-csv", "--input", Aes(), "--output-dir", input);
        r3.Code.Should().Be(3);
        r3.Stderr.Should().Contain("is a file, not a folder");

        var r4 = _cli.Run("grade-labs", "--input", Labs(), "--output", _cli.Dir);
        r4.Code.Should().Be(3);
        r4.Stderr.Should().Contain("is a folder");
    }

    [Fact]
    public void An_empty_path_is_a_usage_error()
    {
        _cli.Run("edss", "--input", "", "--output", _cli.PathOf("o.csv")).Code.Should().Be(2);
        _cli.Run("edss", "--input", Fs(), "--output", "").Code.Should().Be(2);
    }

    [Fact]
    public void Two_outputs_with_the_same_path_are_a_usage_error() =>
        _cli.Run("progression", "--visits", Visits(), "--results", _cli.PathOf("x"), "--json", _cli.PathOf("x")).Code.Should().Be(2);

    [Fact]
    public void Export_csv_refuses_a_non_empty_folder_unless_overwrite_which_replaces_the_whole_layout()
    {
        var cohort = _cli.WriteFile("cohort.json", Serialization.Hostile.HostileJsonSamples.All.Single(s => s.Type == "cohort").Json);
        var dir = Directory.CreateDirectory(_cli.PathOf("csv")).FullName;
        File.WriteAllText(Path.Combine(dir, "labs.csv"), "stale");
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "stale");

        var refused = _cli.Run("export-csv", "--input", cohort, "--output-dir", dir);
        refused.Code.Should().Be(3);
        refused.Stderr.Should().Contain("error MSC0505").And.Contain("--overwrite");
        Directory.GetFiles(dir).Select(Path.GetFileName).Should().BeEquivalentTo(["labs.csv", "notes.txt"]);

        var r = _cli.Run("export-csv", "--input", cohort, "--output-dir", dir, "--overwrite");
        r.Code.Should().Be(0, r.Stderr);
        Directory.GetFiles(dir).Select(Path.GetFileName).Should().NotContain("notes.txt").And.Contain("participants.csv");
        File.ReadAllText(Path.Combine(dir, "labs.csv")).Should().NotBe("stale");
        Directory.GetFileSystemEntries(_cli.Dir, ".mscdomain-tmp-*").Should().BeEmpty();
    }

    [Fact]
    public void Export_csv_with_overwrite_never_deletes_its_input()
    {
        var dir = Directory.CreateDirectory(_cli.PathOf("csv")).FullName;
        var cohort = Path.Combine(dir, "cohort.json");
        File.WriteAllText(cohort, Serialization.Hostile.HostileJsonSamples.All.Single(s => s.Type == "cohort").Json);
        _cli.Run("export-csv", "--input", cohort, "--output-dir", dir, "--overwrite").Code.Should().Be(3);
        File.Exists(cohort).Should().BeTrue();
    }

    [Fact]
    public void Leftovers_of_a_killed_run_are_swept_and_those_of_a_running_process_kept()
    {
        using var ended = Process.Start("true")!;
        ended.WaitForExit();
        var dead = _cli.WriteFile($"{AtomicFile.TempPrefix}{ended.Id}-0123456789abcdef", "partial");
        var alive = _cli.WriteFile($"{AtomicFile.TempPrefix}1-0123456789abcdef", "someone else's");
        var other = _cli.WriteFile(".results.csv.tmp", "not ours");
        _cli.Run("edss", "--input", Fs(), "--output", _cli.PathOf("edss.csv")).Code.Should().Be(0);
        File.Exists(dead).Should().BeFalse();
        File.Exists(alive).Should().BeTrue();
        File.Exists(other).Should().BeTrue();
    }

    [Fact]
    public void A_failed_write_leaves_the_destination_byte_identical_and_no_temporary_file()
    {
        var target = _cli.WriteFile("out.csv", "earlier");
        var act = () => AtomicFile.WriteText(target, w =>
        {
            w.Write("partial");
            throw new IOException("No space left on device");
        });
        act.Should().Throw<IOException>();
        File.ReadAllText(target).Should().Be("earlier");
        Directory.GetFiles(_cli.Dir).Select(Path.GetFileName).Should().Equal("out.csv");
    }

    [Fact]
    public void Pending_temporary_files_are_deleted_on_a_signal()
    {
        var temp = AtomicFile.NewTempPath(_cli.Dir);
        File.WriteAllText(temp, "partial");
        AtomicFile.DeletePending(_cli.Dir).Should().Be(1, "only this folder's pending file (other tests write in parallel)");
        File.Exists(temp).Should().BeFalse();
    }

    [Fact]
    public void Classify_ae_json_is_the_library_report_read_back_through_the_facade()
    {
        var output = _cli.PathOf("out.json");
        _cli.Run("classify-ae", "--input", Aes(), "--output", output).Code.Should().Be(0);
        var text = File.ReadAllText(output);
        var report = MscDomainJson.Deserialize<AdverseEventClassificationReport>(text);
        report.Classifications.Should().HaveCount(2);
        report.Classifications[0].Susar.Should().BeTrue();
        report.Classifications[0].CtcaeVersion.Should().Be(CtcaeVersion.V5_0);
        MscDomainJson.Serialize(report).Should().Be(text.TrimEnd('\n'), "the tool writes what the facade writes");
        using var doc = JsonDocument.Parse(text);
        doc.RootElement.GetProperty("classifications")[0].GetProperty("ctcaeVersion").GetString().Should().Be("v5.0");
    }
}
