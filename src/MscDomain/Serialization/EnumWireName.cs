using System.Text.Json;
using System.Text.RegularExpressions;

namespace MscDomain.Serialization;

/// <summary>
/// The JSON name of an enum member: its C# name in kebab case (<c>BoneMarrow</c> → <c>"bone-marrow"</c>), with an
/// underscore between two digits written as a dot, for version numbers (<c>CtcaeVersion.V5_0</c> → <c>"v5.0"</c>).
/// Shared by <see cref="KebabCaseEnumConverter{TEnum}"/> and the schema exporter so both spell members alike.
/// Reflection-free, so trimming and AOT keep it.
/// </summary>
internal static partial class EnumWireName
{
    /// <summary>The JSON name of the enum member called <paramref name="memberName"/>.</summary>
    /// <param name="memberName">The C# member name.</param>
    /// <returns>The wire name.</returns>
    public static string Of(string memberName) =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(DigitUnderscoreDigit().Replace(memberName, "$1.$2"));

    [GeneratedRegex("([0-9])_([0-9])")]
    private static partial Regex DigitUnderscoreDigit();
}
