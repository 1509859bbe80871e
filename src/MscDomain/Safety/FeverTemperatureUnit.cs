using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>The unit of a body temperature.</summary>
public enum FeverTemperatureUnit
{
    /// <summary>Degrees Celsius (<c>default</c>).</summary>
    [JsonStringEnumMemberName("celsius")]
    Celsius = 0,

    /// <summary>Degrees Fahrenheit; converted to °C as (°F − 32) × 5 / 9 in decimal (POLICY FeverUnit, safety.md §8).</summary>
    [JsonStringEnumMemberName("fahrenheit")]
    Fahrenheit,
}
