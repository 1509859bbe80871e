using System.Diagnostics.CodeAnalysis;
using MscDomain.Common;

namespace MscDomain.Ingest;

/// <summary>
/// The one internal function every enum read from text goes through (CSV cells, command-line values): the member's wire
/// name, declared once with <c>[JsonStringEnumMemberName]</c> and read strictly by <see cref="WireName"/>
/// (<c>bone-marrow</c>, <c>v5.0</c>), exactly as JSON spells it.
/// </summary>
internal static class EnumSpelling<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    where TEnum : struct, Enum
{
    /// <summary>The wire names, for error messages.</summary>
    public static string Listing => string.Join(", ", WireName.Names<TEnum>());

    /// <summary>The wire name of <paramref name="value"/>.</summary>
    public static string Format(TEnum value) => WireName.Of(value);

    /// <summary>Reads an enum member from its wire name (surrounding blanks ignored).</summary>
    public static bool TryParse(string text, out TEnum value) => WireName.TryParse(text.Trim(), out value);

    /// <summary>Reads an enum member from its wire name (surrounding blanks ignored), without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out TEnum value) => WireNames<TEnum>.TryParse(text.Trim(), out value);
}
