using System.Globalization;

namespace MscDomain.Cli;

/// <summary>
/// The options and positional arguments of one subcommand, as parsed by System.CommandLine in <see cref="CliApp"/>.
/// Every option a command reads is marked as used; <see cref="EnsureAllUsed"/> rejects the rest.
/// </summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    private CliArguments()
    {
    }

    private readonly List<string> _positional = [];
    private bool _positionalRead;

    /// <summary>Positional arguments in order; reading them tells <see cref="EnsureAllUsed"/> the command takes them.</summary>
    public IReadOnlyList<string> Positional
    {
        get
        {
            _positionalRead = true;
            return _positional;
        }
    }

    /// <summary>The options and positional arguments System.CommandLine parsed (<see cref="CliApp"/>).</summary>
    /// <param name="options">Option name (no dashes) → value; flags as <c>true</c>/<c>false</c>.</param>
    /// <param name="positional">Positional arguments in order.</param>
    /// <returns>The arguments.</returns>
    /// <param name="beforeInput">The file checks, run by <see cref="EnsureAllUsed"/>.</param>
    public static CliArguments From(IEnumerable<KeyValuePair<string, string?>> options, IEnumerable<string> positional, Action? beforeInput = null)
    {
        var result = new CliArguments { BeforeInput = beforeInput };
        foreach (var (k, v) in options)
        {
            result._options[k] = v;
        }

        result._positional.AddRange(positional);
        return result;
    }

    /// <summary>Whether the option was given (with or without a value).</summary>
    public bool Has(string name)
    {
        _used.Add(name);
        return _options.ContainsKey(name);
    }

    /// <summary>The option's value, or <paramref name="fallback"/> when absent.</summary>
    public string? Get(string name, string? fallback = null)
    {
        _used.Add(name);
        return _options.TryGetValue(name, out var v) ? v ?? throw new CliUsageException($"option --{name} needs a value.") : fallback;
    }

    /// <summary>The option's value; throws a usage error when absent.</summary>
    public string Require(string name) =>
        Get(name) ?? throw new CliUsageException($"option --{name} is required.");

    /// <summary>A boolean option: absent gives <paramref name="fallback"/>; a bare flag is true; else true/false.</summary>
    public bool Flag(string name, bool fallback = false)
    {
        _used.Add(name);
        if (!_options.TryGetValue(name, out var v))
        {
            return fallback;
        }

        return v switch
        {
            null => true,
            _ when v.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
            _ when v.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
            _ => throw new CliUsageException($"option --{name} takes true or false, not '{v}'."),
        };
    }

    /// <summary>A decimal option in invariant culture.</summary>
    public decimal? Decimal(string name)
    {
        var v = Get(name);
        if (v is null)
        {
            return null;
        }

        return decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new CliUsageException($"option --{name} takes a number, not '{v}'.");
    }

    /// <summary>Runs once, at the end of <see cref="EnsureAllUsed"/>: the file checks, after every option was parsed (so a
    /// usage error is reported before a file error) and before anything is read.</summary>
    public Action? BeforeInput { get; init; }

    private bool _checked;

    /// <summary>Options given on the command line that no code asked for.</summary>
    public IReadOnlyList<string> Unused() => _options.Keys.Where(k => !_used.Contains(k)).ToList();

    /// <summary>Throws a usage error naming every option that was given but not read by the command, and any
    /// positional argument given to a command that takes none.</summary>
    public void EnsureAllUsed()
    {
        if (!_positionalRead && _positional.Count > 0)
        {
            throw new CliUsageException("unexpected argument(s): " + string.Join(", ", _positional.Select(p => "'" + p + "'")) + "; options are written --name value.");
        }

        var unused = Unused();
        if (unused.Count > 0)
        {
            throw new CliUsageException("unknown option(s): " + string.Join(", ", unused.Select(u => "--" + u)) + ".");
        }

        if (!_checked)
        {
            _checked = true;
            BeforeInput?.Invoke();
        }
    }
}
