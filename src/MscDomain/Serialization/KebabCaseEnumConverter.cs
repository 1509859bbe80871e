using System.Text.Json;
using System.Text.Json.Serialization;

namespace MscDomain.Serialization;

/// <summary>
/// Writes enum members as kebab-case strings (<c>BoneMarrow</c> → <c>"bone-marrow"</c>) and rejects
/// integers and unknown names. Every MscDomain enum that appears in JSON carries this converter.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class KebabCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public KebabCaseEnumConverter()
        : base(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    {
    }
}
