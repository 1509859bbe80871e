using MscDomain.Cli.Commands;

namespace MscDomain.Cli;

/// <summary>Dispatches <c>mscdomain &lt;command&gt; [options]</c> to a subcommand.</summary>
internal static class CliApp
{
    /// <summary>Every subcommand, in the order <c>--help</c> lists them. Add new commands here.</summary>
    internal static IReadOnlyList<ICliCommand> Commands { get; } =
    [
        new VersionCommand(),
        new GradeLabsCommand(),
        new ClassifyAeCommand(),
        new PlotCommand(),
        new EdssCommand(),
        new ProgressionCommand(),
        new MilestoneCommand(),
        new ValidateCommand(),
        new SchemaCommand(),
        new ExportCsvCommand(),
        new ImportCsvCommand(),
        new MetaCommand(),
    ];

    /// <summary>Runs the tool with <paramref name="args"/>; returns the exit code (0 success, 1 bad input, 2 bad usage).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            stdout.Write(GeneralHelp());
            return args.Length == 0 ? 2 : 0;
        }

        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"mscdomain: unknown command '{args[0]}'. Run 'mscdomain --help' for the list.");
            return 2;
        }

        CliArguments parsed;
        try
        {
            parsed = CliArguments.Parse(args.AsSpan(1));
        }
        catch (CliUsageException e)
        {
            stderr.WriteLine($"mscdomain {command.Name}: {e.Message}");
            return 2;
        }

        if (parsed.Has("help") || parsed.Has("h"))
        {
            stdout.Write(command.Help);
            return 0;
        }

        try
        {
            var rc = command.Run(parsed, stdout, stderr);
            return rc;
        }
        catch (CliUsageException e)
        {
            stderr.WriteLine($"mscdomain {command.Name}: {e.Message}");
            return 2;
        }
        catch (Tabular.TabularInputException e)
        {
            stderr.WriteLine($"mscdomain {command.Name}: {e.Message}");
            return 1;
        }
    }

    private static string GeneralHelp()
    {
        var w = new StringWriter();
        w.WriteLine("mscdomain: MSC therapy research in multiple sclerosis, from the command line.");
        w.WriteLine();
        w.WriteLine("Usage: mscdomain <command> [options]    (mscdomain <command> --help for details)");
        w.WriteLine();
        w.WriteLine("Commands:");
        foreach (var c in Commands)
        {
            w.WriteLine($"  {c.Name,-14} {c.Summary}");
        }

        return w.ToString();
    }
}
