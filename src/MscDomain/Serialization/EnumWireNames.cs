namespace MscDomain.Serialization;

/// <summary>
/// The public face of the library's one enum spelling: the wire name of a member (<c>BoneMarrow</c> →
/// <c>"bone-marrow"</c>, <c>CtcaeVersion.V5_0</c> → <c>"v5.0"</c>), exactly as the JSON format writes it, and the exact
/// reverse. Adapters (FHIR codes in the library's own code systems, command-line arguments) use it so that no adapter
/// re-spells an enum.
/// </summary>
public static class EnumWireNames
{
    /// <summary>The wire name of <paramref name="value"/>.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="value">A defined member (not a <c>[Flags]</c> combination).</param>
    /// <returns>The kebab-case wire name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Enum.GetName(value) is { } name
            ? EnumWireName.Of(name)
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{value} is not a defined {typeof(TEnum).Name} member.");

    /// <summary>Reads a wire name back, exactly (no other casing, no numbers).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="wireName">The kebab-case wire name.</param>
    /// <param name="value">The member, or <c>default</c> when the name is unknown.</param>
    /// <returns><see langword="true"/> when <paramref name="wireName"/> is the wire name of a member.</returns>
    public static bool TryParse<TEnum>(string? wireName, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var v in Enum.GetValues<TEnum>())
        {
            if (Enum.GetName(v) is { } name && string.Equals(EnumWireName.Of(name), wireName, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The wire names of all members of <typeparamref name="TEnum"/>, in declaration order.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => EnumWireName.Of(Enum.GetName(v)!))];
}
