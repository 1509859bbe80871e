namespace MscDomain.Cli;

/// <summary>What a path-valued option or argument names, so the tool can check files before reading anything.</summary>
internal enum CliPathRole
{
    /// <summary>Not a path.</summary>
    None,

    /// <summary>A file the command reads.</summary>
    InputFile,

    /// <summary>A folder whose files the command reads.</summary>
    InputDirectory,

    /// <summary>A file the command writes (atomically).</summary>
    OutputFile,

    /// <summary>A folder the command writes files into.</summary>
    OutputDirectory,
}

/// <summary>
/// One option of a subcommand: the single declaration from which parsing (System.CommandLine), the generated help and the
/// file checks are made. <see cref="Default"/> reads the default from the core's options records, so help never restates
/// a default by hand.
/// </summary>
/// <param name="Name">Long name without dashes, e.g. <c>conf-days</c>.</param>
/// <param name="Help">One or more sentences for the help.</param>
internal sealed record CliOption(string Name, string Help)
{
    /// <summary>A bare boolean flag (<c>--raw-pira</c>, or <c>--raw-pira true|false</c>); never consumes a following token
    /// that is not <c>true</c>/<c>false</c>.</summary>
    public bool IsFlag { get; init; }

    /// <summary>The value's placeholder in help, e.g. <c>FILE</c>.</summary>
    public string ValueName { get; init; } = "VALUE";

    /// <summary>The default as the command line spells it, read from the core's options record; null when there is none.</summary>
    public Func<string>? Default { get; init; }

    /// <summary>What the value names, when it is a path.</summary>
    public CliPathRole Role { get; init; }

    /// <summary>Whether the option must be given (a usage error otherwise, reported before any file is checked).</summary>
    public bool Required { get; init; }

    /// <summary>A value option.</summary>
    public static CliOption Value(string name, string valueName, string help, Func<string>? @default = null, CliPathRole role = CliPathRole.None) =>
        new(name, help) { ValueName = valueName, Default = @default, Role = role };

    /// <summary>A flag.</summary>
    public static CliOption Flag(string name, string help, Func<string>? @default = null) =>
        new(name, help) { IsFlag = true, Default = @default };

    /// <summary>An input file option.</summary>
    public static CliOption Input(string name, string help) => Value(name, "FILE", help, role: CliPathRole.InputFile);

    /// <summary>An output file option.</summary>
    public static CliOption Output(string name, string help) => Value(name, "FILE", help, role: CliPathRole.OutputFile);
}

/// <summary>The positional argument of a subcommand (e.g. <c>validate FILE.json</c>, <c>plot km</c>).</summary>
/// <param name="Name">Placeholder in help.</param>
/// <param name="Help">Help text.</param>
/// <param name="Role">What it names, when it is a path.</param>
/// <param name="Choices">The accepted values, when the argument is a keyword (e.g. <c>km</c>); null for any value.</param>
internal sealed record CliPositional(string Name, string Help, CliPathRole Role = CliPathRole.None, IReadOnlyList<string>? Choices = null);
