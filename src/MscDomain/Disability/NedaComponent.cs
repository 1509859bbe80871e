using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Disability;

/// <summary>One component of NEDA-3 / NEDA-4.</summary>
/// <remarks><c>default(NedaComponent)</c> is <see cref="Relapses"/>.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<NedaComponent>))]
public enum NedaComponent
{
    /// <summary>No clinical relapse in the period.</summary>
    Relapses = 0,

    /// <summary>No confirmed disability worsening (CDW) onset in the period.</summary>
    DisabilityWorsening = 1,

    /// <summary>No new or enlarging T2 lesion and no gadolinium-enhancing (Gd+) lesion on a follow-up MRI.</summary>
    MriActivity = 2,

    /// <summary>NEDA-4 only: annualised brain volume loss at most the threshold (default 0.4 %/year).</summary>
    BrainVolumeLoss = 3,
}
