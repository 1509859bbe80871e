namespace MscDomain.Cli;

/// <summary>The documented exit codes of <c>mscdomain</c> (README, "Exit codes").</summary>
internal static class CliExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Invalid input data (the message names file, line, column or JSON path, the value and the rule).</summary>
    public const int InvalidInput = 1;

    /// <summary>A usage error: unknown or malformed option, missing required option, bad option value.</summary>
    public const int Usage = 2;

    /// <summary>A file cannot be read or written (missing, unreadable, read-only or full folder, output = input).</summary>
    public const int FileError = 3;

    /// <summary>Interrupted (SIGINT/SIGTERM); temporary files are removed, outputs are unchanged.</summary>
    public const int Interrupted = 130;
}

/// <summary>A file cannot be read or written; exit code 3. The message names the path and the system's reason.</summary>
internal sealed class CliFileException(string message, Exception? inner = null) : Exception(message, inner);
