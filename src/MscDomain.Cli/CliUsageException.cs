namespace MscDomain.Cli;

/// <summary>A command line that cannot be run as given (unknown or malformed option); exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
