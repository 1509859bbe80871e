namespace MscDomain.Cli;

/// <summary>One subcommand of the <c>mscdomain</c> tool.</summary>
internal interface ICliCommand
{
    /// <summary>The subcommand's name, e.g. <c>progression</c>.</summary>
    string Name { get; }

    /// <summary>One line for the tool's command list.</summary>
    string Summary { get; }

    /// <summary>The full <c>--help</c> text of the subcommand.</summary>
    string Help { get; }

    /// <summary>Runs the subcommand; returns the process exit code.</summary>
    int Run(CliArguments args, TextWriter stdout, TextWriter stderr);
}
