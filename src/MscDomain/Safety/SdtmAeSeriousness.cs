namespace MscDomain.Safety;

/// <summary>The seriousness and outcome variables of one CDISC SDTM AE (Adverse Events domain) record, as text.</summary>
/// <remarks>
/// Values as SDTM writes them: <c>"Y"</c>, <c>"N"</c> or <see langword="null"/> (empty). AEOUT uses CDISC
/// controlled terminology: RECOVERED/RESOLVED, RECOVERING/RESOLVING, NOT RECOVERED/NOT RESOLVED,
/// RECOVERED/RESOLVED WITH SEQUELAE, FATAL, UNKNOWN. Validate with <see cref="SeriousnessStandards.Validate(SdtmAeSeriousness)"/>.
/// </remarks>
/// <param name="Aeser">AESER: serious event (Y/N).</param>
/// <param name="Aesdth">AESDTH: results in death.</param>
/// <param name="Aeslife">AESLIFE: is life-threatening.</param>
/// <param name="Aeshosp">AESHOSP: requires or prolongs hospitalisation.</param>
/// <param name="Aesdisab">AESDISAB: persistent or significant disability/incapacity.</param>
/// <param name="Aescong">AESCONG: congenital anomaly or birth defect.</param>
/// <param name="Aesmie">AESMIE: other medically important serious event.</param>
/// <param name="Aeout">AEOUT: outcome of the adverse event.</param>
public sealed record SdtmAeSeriousness(
    string? Aeser,
    string? Aesdth,
    string? Aeslife,
    string? Aeshosp,
    string? Aesdisab,
    string? Aescong,
    string? Aesmie,
    string? Aeout);
