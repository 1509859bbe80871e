using System.Text.Json.Serialization;
using MscDomain.Outcomes;

namespace MscDomain.Serialization;

/// <summary>
/// The one source-generated System.Text.Json context for every MscDomain document type. Internal on
/// purpose: apps use the public facade and <c>ConfigureForMscDomain</c>. Register each serializable
/// type with one <c>[JsonSerializable]</c> line (one line per type keeps merges trivial).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(EdssScore))]
[JsonSerializable(typeof(MscDomain.Safety.CtcaeGrade))]
internal sealed partial class MscDomainJsonContext : JsonSerializerContext
{
}
