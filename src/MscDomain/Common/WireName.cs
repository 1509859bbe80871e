using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;

namespace MscDomain.Common;

/// <summary>
/// The one vocabulary of MscDomain's coded values: turns an enum value into its wire name and parses a wire name back,
/// strictly. JSON, CSV, HTML and the command line all spell enum values through this class.
/// </summary>
/// <remarks>
/// <para>The wire name of every member is declared once, on the member itself, with
/// <see cref="JsonStringEnumMemberNameAttribute"/> (<c>TissueSource.BoneMarrow</c> is <c>"bone-marrow"</c>,
/// <c>CtcaeVersion.V5_0</c> is <c>"v5.0"</c>). Nothing derives a spelling from a C# member name.</para>
/// <para>Parsing is exact (ordinal, case-sensitive): <c>"Bone-Marrow"</c>, <c>"BoneMarrow"</c>, <c>"bone_marrow"</c> and
/// integers are not wire names. A <see cref="FlagsAttribute"/> combination is written as its members' wire names in
/// ascending bit order joined by <c>", "</c> (<c>"death, hospitalisation"</c>) and parsed the same way.</para>
/// <para>Trimming and Native AOT keep the attributes: the generic parameter is annotated with
/// <see cref="DynamicallyAccessedMembersAttribute"/> for public fields.</para>
/// </remarks>
public static class WireName
{
    /// <summary>The wire name of <paramref name="value"/>.</summary>
    /// <typeparam name="TEnum">An MscDomain enum whose members carry <see cref="JsonStringEnumMemberNameAttribute"/>.</typeparam>
    /// <param name="value">A defined member, or for a <see cref="FlagsAttribute"/> enum a combination of defined members.</param>
    /// <returns>The wire name, for example <c>"bone-marrow"</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member (or combination of flags).</exception>
    /// <exception cref="InvalidOperationException">A member of <typeparamref name="TEnum"/> has no <see cref="JsonStringEnumMemberNameAttribute"/>.</exception>
    public static string Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        WireNames<TEnum>.TryFormat(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} value {value} is not a defined member and has no wire name.");

    /// <summary>Parses a wire name strictly.</summary>
    /// <typeparam name="TEnum">An MscDomain enum whose members carry <see cref="JsonStringEnumMemberNameAttribute"/>.</typeparam>
    /// <param name="text">The wire name, for example <c>"bone-marrow"</c>.</param>
    /// <returns>The member.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a wire name of <typeparamref name="TEnum"/>; the message lists the allowed values.</exception>
    /// <exception cref="InvalidOperationException">A member of <typeparamref name="TEnum"/> has no <see cref="JsonStringEnumMemberNameAttribute"/>.</exception>
    public static TEnum Parse<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string text)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse<TEnum>(text, out var value) ? value : throw new FormatException(NotAWireName<TEnum>(text));
    }

    /// <summary>Parses a wire name strictly, without throwing.</summary>
    /// <typeparam name="TEnum">An MscDomain enum whose members carry <see cref="JsonStringEnumMemberNameAttribute"/>.</typeparam>
    /// <param name="text">The wire name; null is never one.</param>
    /// <param name="value">The member, or <c>default</c> when <paramref name="text"/> is not a wire name.</param>
    /// <returns>Whether <paramref name="text"/> is exactly a wire name of <typeparamref name="TEnum"/>.</returns>
    /// <exception cref="InvalidOperationException">A member of <typeparamref name="TEnum"/> has no <see cref="JsonStringEnumMemberNameAttribute"/>.</exception>
    public static bool TryParse<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        if (text is null)
        {
            value = default;
            return false;
        }

        return WireNames<TEnum>.TryParse(text.AsSpan(), out value);
    }

    /// <summary>The wire names of every member of <typeparamref name="TEnum"/>, in ascending value order.</summary>
    /// <typeparam name="TEnum">An MscDomain enum whose members carry <see cref="JsonStringEnumMemberNameAttribute"/>.</typeparam>
    /// <returns>The allowed values, for help texts and error messages.</returns>
    /// <exception cref="InvalidOperationException">A member of <typeparamref name="TEnum"/> has no <see cref="JsonStringEnumMemberNameAttribute"/>.</exception>
    public static IReadOnlyList<string> Names<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>()
        where TEnum : struct, Enum => WireNames<TEnum>.Names;

    /// <summary>The error text for a string that is not a wire name: names the value, the type and the allowed values.</summary>
    internal static string NotAWireName<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string text)
        where TEnum : struct, Enum =>
        WireNames<TEnum>.IsFlags
            ? $"'{text}' is not a {typeof(TEnum).Name}; expected names from: {string.Join(", ", WireNames<TEnum>.Names)}, joined by \", \"."
            : $"'{text}' is not a {typeof(TEnum).Name}; expected one of: {string.Join(", ", WireNames<TEnum>.Names)}.";
}

/// <summary>The per-enum tables behind <see cref="WireName"/>, built once from the members' attributes.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal static class WireNames<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    where TEnum : struct, Enum
{
    private static readonly (TEnum Value, string Name)[] Members = Read();

    /// <summary>Whether <typeparamref name="TEnum"/> is a <see cref="FlagsAttribute"/> enum.</summary>
    internal static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), false);

    /// <summary>Every wire name in ascending value order.</summary>
    internal static readonly IReadOnlyList<string> Names = Array.AsReadOnly(Members.Select(m => m.Name).ToArray());

    /// <summary>Value by wire name (ordinal).</summary>
    internal static readonly FrozenDictionary<string, TEnum> ByName = Members.ToFrozenDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);

    /// <summary>Wire name by value.</summary>
    internal static readonly FrozenDictionary<TEnum, string> ByValue = Members.ToFrozenDictionary(m => m.Value, m => m.Name);

    private static readonly FrozenDictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> ByNameSpan =
        ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Formats a defined member or (for flags) a combination of defined single-bit members.</summary>
    internal static bool TryFormat(TEnum value, [NotNullWhen(true)] out string? name)
    {
        if (ByValue.TryGetValue(value, out name))
        {
            return true;
        }

        if (IsFlags)
        {
            var bits = ToBits(value);
            var parts = new List<string>();
            foreach (var (flag, flagName) in Members)
            {
                var f = ToBits(flag);
                if (f != 0 && (f & (f - 1)) == 0 && (bits & f) == f)
                {
                    parts.Add(flagName);
                    bits &= ~f;
                }
            }

            if (bits == 0 && parts.Count > 0)
            {
                name = string.Join(", ", parts);
                return true;
            }
        }

        name = null;
        return false;
    }

    /// <summary>Parses a wire name (or for flags, wire names joined by <c>", "</c>) exactly.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out TEnum value)
    {
        if (ByNameSpan.TryGetValue(text, out value))
        {
            return true;
        }

        if (IsFlags && text.Contains(',') && text.Length > 0)
        {
            ulong bits = 0;
            foreach (var range in text.Split(", "))
            {
                if (!ByNameSpan.TryGetValue(text[range], out var flag))
                {
                    value = default;
                    return false;
                }

                bits |= ToBits(flag);
            }

            value = (TEnum)Enum.ToObject(typeof(TEnum), bits);
            return true;
        }

        value = default;
        return false;
    }

    private static ulong ToBits(TEnum value) => Convert.ToUInt64(value, CultureInfo.InvariantCulture);

    private static (TEnum, string)[] Read()
    {
        var members = new List<(TEnum, string)>();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var memberName = Enum.GetName(value)!;
            var name = typeof(TEnum).GetField(memberName, BindingFlags.Public | BindingFlags.Static)?
                .GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                ?? throw new InvalidOperationException(
                    $"{typeof(TEnum).FullName}.{memberName} has no [JsonStringEnumMemberName]; every member of an MscDomain enum declares its wire name.");
            members.Add((value, name));
        }

        return [.. members];
    }
}
