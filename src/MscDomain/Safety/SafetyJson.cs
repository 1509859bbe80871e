using System.Text.Json;
using MscDomain.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace MscDomain.Safety;

/// <summary>The source-generated JSON context configured with NodaTime converters, for the safety documents.</summary>
internal static class SafetyJson
{
    /// <summary>Compact output.</summary>
    public static MscDomainJsonContext Context { get; } = Create(indented: false);

    /// <summary>Indented output.</summary>
    public static MscDomainJsonContext IndentedContext { get; } = Create(indented: true);

    private static MscDomainJsonContext Create(bool indented)
    {
        var options = new JsonSerializerOptions(MscDomainJsonContext.Default.Options) { WriteIndented = indented };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return new MscDomainJsonContext(options);
    }
}
