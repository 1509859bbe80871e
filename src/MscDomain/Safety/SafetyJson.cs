using System.Text.Json;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>The source-generated JSON context (compact and indented) used by the safety documents.</summary>
internal static class SafetyJson
{
    /// <summary>Compact output.</summary>
    public static MscDomainJsonContext Context { get; } = MscDomainJsonContext.Default;

    /// <summary>Indented output.</summary>
    public static MscDomainJsonContext IndentedContext { get; } =
        new(new JsonSerializerOptions(MscDomainJsonContext.Default.Options) { WriteIndented = true });
}
