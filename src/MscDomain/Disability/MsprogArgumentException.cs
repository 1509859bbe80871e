namespace MscDomain.Disability;

/// <summary>
/// An msprog-style argument (<see cref="ConfirmedChangeOptions.FromMsprogArguments"/>) whose value cannot be read: names the
/// argument, the value and what was expected, so a caller (the command line) can name its own option without rewording
/// the message.
/// </summary>
public sealed class MsprogArgumentException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="argument">The msprog argument name, e.g. <c>conf_days</c>.</param>
    /// <param name="value">The value as given.</param>
    /// <param name="expected">What is accepted, e.g. "a whole number of days".</param>
    public MsprogArgumentException(string argument, string value, string expected)
        : base($"msprog argument '{argument}' = '{value}' is invalid: expected {expected}.", argument)
    {
        Argument = argument;
        Value = value;
        Expected = expected;
    }

    /// <summary>The msprog argument name.</summary>
    public string Argument { get; }

    /// <summary>The value as given.</summary>
    public string Value { get; }

    /// <summary>What is accepted.</summary>
    public string Expected { get; }
}
