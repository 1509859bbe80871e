using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>Which "no evidence of disease activity" (NEDA) definition to apply.</summary>
/// <remarks><c>default(NedaVariant)</c> is <see cref="Neda3"/>.</remarks>
public enum NedaVariant
{
    /// <summary>NEDA-3: no relapses, no confirmed disability worsening, no MRI activity (Giovannoni; Havrdova 2009).</summary>
    [JsonStringEnumMemberName("neda3")]
    Neda3 = 0,

    /// <summary>NEDA-4: NEDA-3 plus annualised brain volume loss at most 0.4% (Kappos et al., ECTRIMS 2015;
    /// <i>Front Neurol</i> 2019;10:788).</summary>
    [JsonStringEnumMemberName("neda4")]
    Neda4 = 1,
}
