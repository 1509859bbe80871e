using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using MscDomain.Cli.Commands;

namespace MscDomain.Cli;

/// <summary>
/// Dispatches <c>mscdomain &lt;command&gt; [options]</c>: parses with System.CommandLine (POSIX conventions, <c>--</c>,
/// <c>@response-files</c>, bare flags that never consume the next token), prints help generated from the commands'
/// option declarations, checks input and output files before anything is read, and maps every failure to one line and
/// a documented exit code (<see cref="CliExitCodes"/>). No exception or stack trace reaches the user.
/// </summary>
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
        new ExportFhirCommand(),
        new ImportFhirCommand(),
        new MetaCommand(),
    ];

    /// <summary>The exit-code sentence every help page ends with.</summary>
    internal const string ExitCodesHelp =
        "Exit codes: 0 success, 1 invalid input data, 2 usage error, 3 a file cannot be read or written, 130 interrupted.";

    /// <summary>Runs the tool with <paramref name="args"/>; returns the exit code (<see cref="CliExitCodes"/>).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var name = "mscdomain";
        try
        {
            return RunCore(args, stdout, stderr, ref name);
        }
        catch (Exception e)
        {
            var (code, message) = Classify(e);
            stderr.WriteLine($"{name}: {message}");
            return code;
        }
    }

    private static int RunCore(string[] args, TextWriter stdout, TextWriter stderr, ref string name)
    {
        var (root, help, version, parts) = Build();
        if (args.Length == 0)
        {
            stdout.Write(GeneralHelp());
            return CliExitCodes.Usage;
        }

        var parsed = root.Parse(args, new ParserConfiguration());
        var command = Commands.FirstOrDefault(c => ReferenceEquals(parts.GetValueOrDefault(c.Name).Command, parsed.CommandResult.Command));
        name = command is null ? "mscdomain" : "mscdomain " + command.Name;
        if (parsed.GetValue(help))
        {
            stdout.Write(command is null ? GeneralHelp() : CommandHelp(command));
            return CliExitCodes.Success;
        }

        if (command is null && parsed.GetResult(version) is { Implicit: false } && parsed.UnmatchedTokens.Count == 0)
        {
            stdout.WriteLine($"mscdomain {VersionCommand.ToolVersion}");
            return CliExitCodes.Success;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var line in UsageErrors(parsed, command))
            {
                stderr.WriteLine($"{name}: {line}");
            }

            stderr.WriteLine($"Run '{name} --help' for usage.");
            return CliExitCodes.Usage;
        }

        if (command is null)
        {
            stderr.WriteLine("mscdomain: give a command. Run 'mscdomain --help' for the list.");
            return CliExitCodes.Usage;
        }

        var (_, symbols, positional) = parts[command.Name];
        var values = new List<KeyValuePair<string, string?>>();
        foreach (var (option, symbol) in symbols)
        {
            if (parsed.GetResult(symbol) is not { Implicit: false })
            {
                continue;
            }

            values.Add(new(option.Name, symbol is Option<bool> flag ? (parsed.GetValue(flag) ? "true" : "false") : parsed.GetValue((Option<string>)symbol)));
        }

        string[] positionals = positional is not null && parsed.GetResult(positional) is { Tokens.Count: > 0 } && parsed.GetValue(positional) is { } one ? [one] : [];
        if (command.Positional is { Choices: { } choices } && (positionals.Length != 1 || !choices.Contains(positionals[0])))
        {
            throw new CliUsageException($"give the {command.Positional.Name}: {string.Join(", ", choices.Select(c => $"'{command.Name} {c}'"))} (see --help).");
        }

        var arguments = CliArguments.From(values, positionals, () => CliFiles.Check(command, values, positionals));
        var code = command.Run(arguments, stdout, stderr);
        return code;
    }

    /// <summary>The exit code and one-line message for a failure escaping a command.</summary>
    /// <param name="e">The exception.</param>
    /// <returns>Code and message (no stack trace, one line).</returns>
    internal static (int Code, string Message) Classify(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: 1 } a)
        {
            e = a.InnerExceptions[0];
        }

        if (e is System.Reflection.TargetInvocationException { InnerException: { } inner })
        {
            e = inner;
        }

        return e switch
        {
            CliUsageException => (CliExitCodes.Usage, OneLine(e.Message)),
            CliFileException => (CliExitCodes.FileError, OneLine(e.Message)),
            Tabular.TabularInputException => (CliExitCodes.InvalidInput, OneLine(e.Message)),
            JsonException => (CliExitCodes.InvalidInput, OneLine(e.Message)),
            OperationCanceledException => (CliExitCodes.Interrupted, "interrupted; no output was written."),
            UnauthorizedAccessException or IOException => (CliExitCodes.FileError, e.Message.StartsWith("cannot ", StringComparison.Ordinal) ? OneLine(e.Message) : "cannot read or write a file: " + OneLine(e.Message)),
            ArgumentException or FormatException or OverflowException or ArithmeticException or InvalidDataException
                or InvalidOperationException or NotSupportedException or KeyNotFoundException or IndexOutOfRangeException
                => (CliExitCodes.InvalidInput, "invalid input: " + OneLine(e.Message)),
            _ => (CliExitCodes.InvalidInput, $"unexpected error ({Chain(e)}) Please report it with the command line."),
        };
    }

    /// <summary>The exception and its inner exceptions as <c>Type: message</c>, outermost first, so that a type initializer's or a
    /// wrapped failure's real cause reaches the one-line message.</summary>
    private static string Chain(Exception e)
    {
        var parts = new List<string>();
        for (Exception? x = e; x is not null && parts.Count < 4; x = x.InnerException)
        {
            parts.Add($"{x.GetType().Name}: {OneLine(x.Message)}");
        }

        return string.Join(" <- ", parts);
    }

    private static string OneLine(string message)
    {
        var lines = message.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? "(no message)" : string.Join(" ", lines);
    }

    private static IEnumerable<string> UsageErrors(ParseResult parsed, ICliCommand? command)
    {
        var names = command is null
            ? Commands.Select(c => c.Name).ToList()
            : command.Options.Select(o => "--" + o.Name).Append("--help").ToList();
        foreach (var error in parsed.Errors)
        {
            // "Required command was not provided" only adds noise next to the unknown command it comes with.
            if (command is null && parsed.UnmatchedTokens.Count > 0 && !parsed.UnmatchedTokens.Any(t => error.Message.Contains(t, StringComparison.Ordinal)))
            {
                continue;
            }

            yield return error.Message;
        }

        foreach (var token in parsed.UnmatchedTokens.Distinct())
        {
            var bare = token.Split('=')[0];
            var best = names.Select(n => (Name: n, Distance: Distance(bare, n))).OrderBy(x => x.Distance).FirstOrDefault();
            if (best.Name is not null && best.Distance > 0 && best.Distance <= Math.Max(2, bare.Length / 4))
            {
                yield return $"'{token}': did you mean '{best.Name}'?";
            }
        }
    }

    /// <summary>Levenshtein distance, for suggestions.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var previous = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var temp = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), previous + (a[i - 1] == b[j - 1] ? 0 : 1));
                previous = temp;
            }
        }

        return d[b.Length];
    }

    private static (RootCommand Root, Option<bool> Help, Option<bool> Version, Dictionary<string, (Command Command, List<(CliOption Option, Option Symbol)> Options, Argument<string>? Positional)> Parts) Build()
    {
        var root = new RootCommand("mscdomain: MSC therapy research in multiple sclerosis, from the command line.");
        root.Options.Clear();
        root.Directives.Clear();
        var help = new Option<bool>("--help", "-h", "-?") { Recursive = true, Arity = ArgumentArity.Zero, Description = "Show help." };
        var version = new Option<bool>("--version") { Arity = ArgumentArity.Zero, Description = "Print the tool's version." };
        root.Options.Add(help);
        root.Options.Add(version);
        var parts = new Dictionary<string, (Command, List<(CliOption, Option)>, Argument<string>?)>(StringComparer.Ordinal);
        foreach (var c in Commands)
        {
            var command = new Command(c.Name, c.Summary);
            var options = new List<(CliOption, Option)>();
            foreach (var o in c.Options)
            {
                Option symbol = o.IsFlag
                    ? new Option<bool>("--" + o.Name) { Arity = ArgumentArity.ZeroOrOne, Description = o.Help }
                    : new Option<string>("--" + o.Name) { Arity = ArgumentArity.ExactlyOne, Description = o.Help, HelpName = o.ValueName, Required = o.Required };
                command.Options.Add(symbol);
                options.Add((o, symbol));
            }

            Argument<string>? positional = null;
            if (c.Positional is { } p)
            {
                positional = new Argument<string>(p.Name) { Arity = ArgumentArity.ZeroOrOne, Description = p.Help };
                command.Arguments.Add(positional);
            }

            root.Subcommands.Add(command);
            parts[c.Name] = (command, options, positional);
        }

        return (root, help, version, parts);
    }

    /// <summary>The tool's help: the command list.</summary>
    internal static string GeneralHelp()
    {
        var w = new StringWriter();
        w.WriteLine("mscdomain: MSC therapy research in multiple sclerosis, from the command line.");
        w.WriteLine();
        w.WriteLine("Usage: mscdomain <command> [options]    (mscdomain <command> --help for details)");
        w.WriteLine("       mscdomain --version | --help");
        w.WriteLine();
        w.WriteLine("Commands:");
        foreach (var c in Commands)
        {
            w.WriteLine($"  {c.Name,-14} {c.Summary}");
        }

        w.WriteLine();
        w.WriteLine("Options may be written --name value or --name=value; '--' ends the options; @FILE reads more arguments from FILE.");
        w.WriteLine(ExitCodesHelp);
        w.WriteLine("Errors are one line: file:line:column: error CODE: 'value': rule (or the JSON path for JSON input).");
        return w.ToString();
    }

    /// <summary>A command's help, generated from its declarations: usage, description, options with their defaults (read
    /// from the core's options records), exit codes.</summary>
    internal static string CommandHelp(ICliCommand command)
    {
        var w = new StringWriter();
        var usage = $"Usage: mscdomain {command.Name}" + (command.Positional is { } p ? $" {p.Name}" : string.Empty) + " [options]";
        w.WriteLine(usage);
        w.WriteLine();
        w.WriteLine(command.Description.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
        w.WriteLine();
        w.WriteLine("Options:");
        if (command.Positional is { } positional)
        {
            HelpLine(w, positional.Name, positional.Help);
        }

        foreach (var o in command.Options)
        {
            var head = o.IsFlag ? $"--{o.Name} [true|false]" : $"--{o.Name} {o.ValueName}";
            var text = o.Default is { } d ? $"{o.Help} [default: {d()}]" : o.Help;
            HelpLine(w, head, text);
        }

        HelpLine(w, "-h, --help", "Show this help.");
        w.WriteLine();
        w.WriteLine(ExitCodesHelp);
        return w.ToString();
    }

    /// <summary>One option line: the head padded to a column, or on its own line when long.</summary>
    internal static void HelpLine(TextWriter w, string head, string help)
    {
        const int Column = 34;
        head = "  " + head;
        w.WriteLine(head.Length < Column ? head.PadRight(Column) + help : head + "\n" + new string(' ', Column) + help);
    }
}
