using System.Reflection;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain version</c>: prints the tool and library versions.</summary>
internal sealed class VersionCommand : ICliCommand
{
    public string Name => "version";

    public string Summary => "Print the tool and library versions.";

    public IReadOnlyList<CliOption> Options { get; } = [];

    public string Description => "Prints the versions of the tool and of the MscDomain library it uses (mscdomain --version prints the tool's).";

    /// <summary>The tool's informational version.</summary>
    internal static string ToolVersion => Version(typeof(VersionCommand).Assembly);

    public int Run(CliArguments args, TextWriter stdout, TextWriter stderr)
    {
        args.EnsureAllUsed();
        stdout.WriteLine($"mscdomain {Version(typeof(VersionCommand).Assembly)}");
        stdout.WriteLine($"MscDomain {Version(typeof(MscDomain.Outcomes.EdssScore).Assembly)}");
        return 0;
    }

    private static string Version(Assembly a) =>
        a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? a.GetName().Version?.ToString() ?? "?";
}
