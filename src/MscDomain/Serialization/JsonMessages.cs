using System.Text.Json;
using System.Text.RegularExpressions;

namespace MscDomain.Serialization;

/// <summary>
/// Rewords System.Text.Json's messages so that they name the member and the path, not the .NET type that contains it:
/// "unknown member 'colour' at $.arms[0]" rather than "could not be mapped to any .NET member contained in type
/// 'MscDomain.Trials.Arm'"; a computed member (see <see cref="MscDomainJsonOptions.ComputedMembersRejected"/>) reads
/// "member 'measure' at $.observations[0] is computed and cannot be given".
/// </summary>
internal static partial class JsonMessages
{
    /// <summary>The exception reworded, or the same exception when its message is not one of System.Text.Json's.</summary>
    /// <param name="ex">The exception.</param>
    /// <returns>An exception with the same path and position.</returns>
    public static JsonException Reword(JsonException ex)
    {
        var path = ex.Path ?? "$";
        var (parent, member) = Split(path);
        string? message = null;
        var u = Unmapped().Match(ex.Message);
        if (u.Success && MscDomainJsonOptions.IsComputed(u.Groups[2].Value, u.Groups[1].Value))
        {
            message = $"Member '{u.Groups[1].Value}' at {Split(path).Parent} is computed and cannot be given; remove it.";
        }
        else if (u.Success)
        {
            message = $"Unknown member '{u.Groups[1].Value}' at {Split(path).Parent}; remove it or check its spelling.";
        }
        else if (NotConverted().Match(ex.Message) is { Success: true } c && member is not null)
        {
            message = Expected(c.Groups[1].Value) is { } expected
                ? $"Invalid value for member '{member}' at {parent}: expected {expected}."
                : $"Invalid value for member '{member}' at {parent}: wrong JSON type or out of range.";
        }
        else if (MissingRequired().Match(ex.Message) is { Success: true } m)
        {
            message = $"Missing required member(s) {m.Groups[1].Value} at {path}.";
        }

        return message is null ? ex : new JsonException($"{message} Path: {path}", path, ex.LineNumber, ex.BytePositionInLine, ex);
    }

    private static (string Parent, string? Member) Split(string path)
    {
        var m = LastMember().Match(path);
        return m.Success ? (path[..m.Index] is { Length: > 0 } p ? p : "$", m.Groups[1].Value) : (path, null);
    }

    private static string? Expected(string type)
    {
        var t = type.Replace("System.Nullable`1[[", string.Empty, StringComparison.Ordinal).Split(',')[0].Trim('[', ']');
        return t switch
        {
            "System.String" => "a string",
            "System.Int32" or "System.Int64" or "System.Int16" => "a whole number",
            "System.Decimal" or "System.Double" or "System.Single" => "a number in range",
            "System.Boolean" => "true or false",
            "NodaTime.LocalDate" => "an ISO date (yyyy-MM-dd)",
            _ => null, // System.Text.Json names the containing type here, not the member's: say nothing rather than mislead
        };
    }

    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped to any \.NET member contained in type '([^']*)'\.")]
    private static partial Regex Unmapped();

    [GeneratedRegex(@"The JSON value could not be converted to ([^ ]+)\.")]
    private static partial Regex NotConverted();

    [GeneratedRegex(@"JSON deserialization for type '[^']*' was missing required properties including: (.*?)\.( Path|$)")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"\.([A-Za-z_][A-Za-z0-9_]*)$")]
    private static partial Regex LastMember();
}
