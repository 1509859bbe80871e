using MscDomain.Cli;

namespace MscDomain.Tests.Cli;

/// <summary>Runs the CLI in-process in a fresh temporary directory.</summary>
internal sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Dir = Path.Combine(Path.GetTempPath(), "mscdomain-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
    }

    public string Dir { get; }

    public static string MsprogDir => Path.Combine(AppContext.BaseDirectory, "TestData", "msprog");

    public string PathOf(string name) => Path.Combine(Dir, name);

    public string WriteFile(string name, string content)
    {
        var p = PathOf(name);
        File.WriteAllText(p, content);
        return p;
    }

    public (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var rc = CliApp.Run(args, o, e);
        return (rc, o.ToString(), e.ToString());
    }

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
