namespace MscDomain.Cli;

/// <summary>One subcommand of the <c>mscdomain</c> tool.</summary>
internal interface ICliCommand
{
    /// <summary>The subcommand's name, e.g. <c>progression</c>.</summary>
    string Name { get; }

    /// <summary>One line for the tool's command list.</summary>
    string Summary { get; }

    /// <summary>The prose part of <c>--help</c> (what the command does, the input columns); the usage line, the options
    /// with their defaults and the exit codes are generated from <see cref="Options"/>.</summary>
    string Description { get; }

    /// <summary>Every option the command accepts.</summary>
    IReadOnlyList<CliOption> Options { get; }

    /// <summary>The positional argument, or null when the command takes none.</summary>
    CliPositional? Positional => null;

    /// <summary>Runs the subcommand; returns the process exit code.</summary>
    int Run(CliArguments args, TextWriter stdout, TextWriter stderr);
}
