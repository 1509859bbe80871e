using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>Which regulation's expedited-reporting rules a SUSAR classification follows.</summary>
/// <remarks>
/// <para><see cref="EuCtr"/>: Regulation (EU) No 536/2014 Art. 42(2) — fatal or life-threatening SUSARs no later than 7 days after the
/// sponsor became aware, follow-up within 8 more days; other SUSARs no later than 15 days — and Annex III §2.3: a reaction is suspected
/// when the investigator <em>or</em> the sponsor suspects it; the sponsor may not downgrade the investigator's causality.</para>
/// <para><see cref="UsIndSafetyReport"/>: 21 CFR 312.32 — (c)(1) an IND safety report no later than 15 calendar days after the sponsor
/// determines the information qualifies; (c)(2) an unexpected fatal or life-threatening suspected adverse reaction as soon as possible
/// and no later than 7 calendar days after the sponsor's initial receipt; (a) "suspected adverse reaction" is the sponsor's
/// determination of a reasonable possibility, so the sponsor's causality assessment, when made, governs (FDA guidance "Safety
/// Reporting Requirements for INDs and BA/BE Studies", 2012). The day counts equal the EU ones.</para>
/// <para><c>default(ReportingJurisdiction)</c> is <see cref="EuCtr"/>.</para>
/// </remarks>
public enum ReportingJurisdiction
{
    /// <summary>EU Clinical Trials Regulation 536/2014 (default).</summary>
    [JsonStringEnumMemberName("eu-ctr")]
    EuCtr = 0,

    /// <summary>US IND safety reporting, 21 CFR 312.32.</summary>
    [JsonStringEnumMemberName("us-ind-safety-report")]
    UsIndSafetyReport = 1,
}
