using System.Text.Json.Serialization;

namespace MscDomain.Analysis;

/// <summary>
/// The scale on which a pointwise confidence interval for a Kaplan-Meier survival probability is built
/// from the Greenwood standard error.
/// </summary>
/// <remarks>
/// Names follow R survival's <c>survfit(conf.type = ...)</c>: <c>"plain"</c>, <c>"log"</c>,
/// <c>"log-log"</c>. R's default is <c>"log"</c>; SAS PROC LIFETEST's default is <c>LOGLOG</c>.
/// MscDomain defaults to <see cref="LogLog"/> (see <see cref="KaplanMeierOptions.ConfidenceInterval"/>),
/// the Kalbfleisch-Prentice interval, which always lies inside [0, 1] without truncation and has
/// better coverage in small samples (Borgan &amp; Liestøl 1990, <i>Scand J Stat</i> 17:35).
/// </remarks>
public enum ConfidenceIntervalType
{
    /// <summary>Complementary log-log scale: S^exp(±z·σ/|ln S|) with σ² = Σ d/(n(n−d)); R <c>"log-log"</c>, SAS <c>LOGLOG</c>.</summary>
    [JsonStringEnumMemberName("log-log")]
    LogLog = 0,

    /// <summary>Log scale: exp(ln S ± z·σ), upper limit truncated at 1 as R does; R <c>"log"</c> (R's default).</summary>
    [JsonStringEnumMemberName("log")]
    Log = 1,

    /// <summary>Linear scale: S ± z·SE(S), truncated to [0, 1] as R does; R <c>"plain"</c>.</summary>
    [JsonStringEnumMemberName("plain")]
    Plain = 2,
}
