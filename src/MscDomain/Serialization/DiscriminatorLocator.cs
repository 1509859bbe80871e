using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MscDomain.Serialization;

/// <summary>
/// Finds the first object of a closed (<c>kind</c>-discriminated) hierarchy whose discriminator is missing, not a string,
/// or not one of the hierarchy's kinds, walking the document alongside the source-generated metadata. Used on the
/// failure path only, to turn System.Text.Json's generic errors into one that names the path and lists the allowed kinds.
/// </summary>
internal static class DiscriminatorLocator
{
    internal static JsonException? Locate(JsonElement element, JsonTypeInfo typeInfo, string path, int depth = 0)
    {
        if (depth > 64)
        {
            return null;
        }

        if (typeInfo.PolymorphismOptions is { } poly && element.ValueKind == JsonValueKind.Object)
        {
            var name = poly.TypeDiscriminatorPropertyName;
            var kinds = poly.DerivedTypes.Select(d => d.TypeDiscriminator).OfType<string>().ToList();
            var allowed = string.Join(", ", kinds);
            var type = typeInfo.Type.Name;
            if (!element.TryGetProperty(name, out var kind))
            {
                return new JsonException($"The {type} at {path} has no '{name}' member; it names which {type} this is, one of: {allowed}. Path: {path}", path, null, null);
            }

            var kindPath = $"{path}.{name}";
            if (kind.ValueKind != JsonValueKind.String)
            {
                return new JsonException($"The '{name}' of the {type} at {path} must be a string, one of: {allowed}; not {kind.GetRawText()}. Path: {kindPath}", kindPath, null, null);
            }

            var text = kind.GetString();
            var derived = poly.DerivedTypes.FirstOrDefault(d => d.TypeDiscriminator is string s && s == text);
            if (derived.DerivedType is null)
            {
                return new JsonException($"'{text}' is not a kind of {type} (at {kindPath}); allowed kinds: {allowed}. Path: {kindPath}", kindPath, null, null);
            }

            typeInfo = typeInfo.Options.GetTypeInfo(derived.DerivedType);
        }

        if (element.ValueKind == JsonValueKind.Object && typeInfo.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                var property = typeInfo.Properties.FirstOrDefault(p => p.Name == member.Name);
                if (property is not null && Locate(member.Value, typeInfo.Options.GetTypeInfo(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType), $"{path}.{member.Name}", depth + 1) is { } found)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array && typeInfo.Kind == JsonTypeInfoKind.Enumerable && typeInfo.ElementType is { } elementType)
        {
            var elementInfo = typeInfo.Options.GetTypeInfo(elementType);
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (Locate(item, elementInfo, $"{path}[{i}]", depth + 1) is { } found)
                {
                    return found;
                }

                i++;
            }
        }

        return null;
    }
}
