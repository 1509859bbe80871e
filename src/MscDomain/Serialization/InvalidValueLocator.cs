using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MscDomain.Serialization;

/// <summary>
/// Finds the JSON path of the deepest value whose constructor rejected it. System.Text.Json lets constructor
/// <see cref="ArgumentException"/>s escape without a path; on that (rare) failure path this walks the document alongside the
/// source-generated metadata and re-reads each sub-value until it finds the innermost one that throws.
/// </summary>
internal static class InvalidValueLocator
{
    internal static (string Path, ArgumentException Error)? Locate(JsonElement element, JsonTypeInfo typeInfo, string path)
    {
        var info = ResolveDerived(element, typeInfo);
        if (element.ValueKind == JsonValueKind.Object && info.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                var property = info.Properties.FirstOrDefault(p => p.Name == member.Name);
                if (property is null)
                {
                    continue;
                }

                var found = Locate(member.Value, info.Options.GetTypeInfo(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType), $"{path}.{member.Name}");
                if (found is not null)
                {
                    return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array && info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } elementType)
        {
            var elementInfo = info.Options.GetTypeInfo(elementType);
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                var found = Locate(item, elementInfo, $"{path}[{i}]");
                if (found is not null)
                {
                    return found;
                }

                i++;
            }
        }

        try
        {
            _ = element.Deserialize(typeInfo);
        }
        catch (ArgumentException ex)
        {
            return (path, ex);
        }
        catch (JsonException)
        {
            // A different (structural) error; not the one we are looking for.
        }

        return null;
    }

    private static JsonTypeInfo ResolveDerived(JsonElement element, JsonTypeInfo typeInfo)
    {
        if (typeInfo.PolymorphismOptions is not { } poly || element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty(poly.TypeDiscriminatorPropertyName, out var kind) || kind.ValueKind != JsonValueKind.String)
        {
            return typeInfo;
        }

        var name = kind.GetString();
        var derived = poly.DerivedTypes.FirstOrDefault(d => d.TypeDiscriminator is string s && s == name);
        return derived.DerivedType is null ? typeInfo : typeInfo.Options.GetTypeInfo(derived.DerivedType);
    }
}
