using System.Reflection;

namespace MscDomain.Cli.Commands;

/// <summary><c>mscdomain version</c>: prints the tool and library versions.</summary>
internal sealed class VersionCommand : ICliCommand
{
    public string Name => "version";

    public string Summary => "Print the tool and library versions.";

    public string Help => "Usage: mscdomain version\n\nPrints the versions of the tool and of the MscDomain library it uses.\n";

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
