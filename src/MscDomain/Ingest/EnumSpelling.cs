using System.Collections.Frozen;
using MscDomain.Serialization;

namespace MscDomain.Ingest;

/// <summary>
/// The one internal function every enum read from text goes through (CSV cells, command-line values): the wire name
/// (<see cref="EnumWireName"/>: kebab-case, <c>bone-marrow</c>, <c>v5.0</c>) and, for hand-written files, the same name
/// with any case and any of <c>-</c>, <c>_</c>, blank or none between words (<c>bone_marrow</c>, <c>BoneMarrow</c>).
/// When the wire names get one public parse/format API this is the one place to switch.
/// </summary>
internal static class EnumSpelling<TEnum>
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();

    private static readonly FrozenDictionary<string, TEnum> ByKey =
        Values.ToFrozenDictionary(v => Key(EnumWireName.Of(v.ToString())), StringComparer.Ordinal);

    /// <summary>The wire names, for error messages.</summary>
    public static string Listing { get; } = string.Join(", ", Values.Select(v => EnumWireName.Of(v.ToString())));

    /// <summary>The wire name of <paramref name="value"/>.</summary>
    public static string Format(TEnum value) => EnumWireName.Of(value.ToString());

    /// <summary>Reads an enum member from text (see the class summary).</summary>
    public static bool TryParse(string text, out TEnum value) => ByKey.TryGetValue(Key(text), out value);

    private static string Key(string s)
    {
        Span<char> buffer = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                buffer[n++] = char.ToUpperInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}
