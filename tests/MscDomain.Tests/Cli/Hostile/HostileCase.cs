using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using MscDomain.Cli;

namespace MscDomain.Tests.Cli.Hostile;

/// <summary>
/// One run of the tool on (possibly hostile) files in a fresh folder, and the invariants every run must keep whatever the
/// input: an exit code of 0, 1, 2 or 3; no unhandled exception or stack trace; inputs byte-identical; no temporary file
/// left behind; and after a failure no new file in the output folder and every earlier output byte-identical.
/// </summary>
internal sealed partial class HostileCase : IDisposable
{
    public HostileCase()
    {
        Dir = Directory.CreateTempSubdirectory("mscdomain-hostile-").FullName;
        Out = Path.Combine(Dir, "out");
        Directory.CreateDirectory(Out);
    }

    /// <summary>The inputs' folder.</summary>
    public string Dir { get; }

    /// <summary>The outputs' folder (holds earlier outputs before the run).</summary>
    public string Out { get; }

    public string Input(string name, byte[] bytes)
    {
        var p = Path.Combine(Dir, name);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    public string Input(string name, string text) => Input(name, Encoding.UTF8.GetBytes(text));

    /// <summary>An earlier output that a failed run must leave byte-identical.</summary>
    public string Earlier(string name)
    {
        var p = Path.Combine(Out, name);
        File.WriteAllText(p, "earlier output of " + name + "\n");
        return p;
    }

    public string OutPath(string name) => Path.Combine(Out, name);

    /// <summary>Runs the tool in process and checks the invariants; returns the exit code and the output text.</summary>
    public (int Code, string Text) RunChecked(params string[] args)
    {
        var inputs = Snapshot(Dir, recursive: false);
        var outputs = Snapshot(Out, recursive: true);
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, o, e);
        var text = o + "\n" + e;
        var what = $"mscdomain {string.Join(' ', args.Select(a => a.Replace(Dir, "<dir>", StringComparison.Ordinal)))} -> {code}\n{text}";

        code.Should().BeOneOf([0, 1, 2, 3], what);
        text.Should().NotContain("Unhandled exception", what);
        StackTrace().IsMatch(text).Should().BeFalse(what);
        Snapshot(Dir, recursive: false).Should().BeEquivalentTo(inputs, what + "\ninputs must be unchanged");
        Directory.EnumerateFileSystemEntries(Dir, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p).StartsWith(".mscdomain-tmp-", StringComparison.Ordinal) || p.EndsWith(".tmp", StringComparison.Ordinal))
            .Should().BeEmpty(what + "\nno temporary file may be left behind");
        if (code != 0)
        {
            Snapshot(Out, recursive: true).Should().BeEquivalentTo(outputs, what + "\nafter a failure the output folder must be as it was");
        }

        return (code, text);
    }

    private static Dictionary<string, string> Snapshot(string dir, bool recursive) =>
        Directory.Exists(dir)
            ? Directory.EnumerateFiles(dir, "*", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            : [];

    [GeneratedRegex(@"(^|\n)\s+at [\w.`<>\[\]]+\(", RegexOptions.CultureInvariant)]
    private static partial Regex StackTrace();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
