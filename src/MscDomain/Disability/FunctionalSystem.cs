using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Disability;

/// <summary>
/// One of Kurtzke's functional systems (FS) of the neurological examination, in Neurostatus order.
/// </summary>
/// <remarks>
/// <para>The seven systems that determine the EDSS (Expanded Disability Status Scale) step are
/// visual, brainstem, pyramidal, cerebellar, sensory, bowel &amp; bladder and cerebral; Kurtzke's
/// "other" system is recorded but never contributes to the step (Kurtzke, <i>Neurology</i>
/// 1983;33:1444–52; Neurostatus-EDSS definitions v04/10.2, Kappos, Basel).</para>
/// <para><c>default(FunctionalSystem)</c> is <see cref="Visual"/>.</para>
/// </remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<FunctionalSystem>))]
public enum FunctionalSystem
{
    /// <summary>Visual (optic) functions; raw grade 0–6, converted for the EDSS (6→4).</summary>
    Visual = 0,

    /// <summary>Brainstem functions; grade 0–5.</summary>
    Brainstem = 1,

    /// <summary>Pyramidal functions; grade 0–6.</summary>
    Pyramidal = 2,

    /// <summary>Cerebellar functions; grade 0–5 (may carry the "X" flag when weakness limits testing).</summary>
    Cerebellar = 3,

    /// <summary>Sensory functions; grade 0–6.</summary>
    Sensory = 4,

    /// <summary>Bowel and bladder functions; raw grade 0–6, converted for the EDSS (6→5).</summary>
    BowelBladder = 5,

    /// <summary>Cerebral (mental) functions; grade 0–5.</summary>
    Cerebral = 6,

    /// <summary>Kurtzke's "other" functions; grade 0–1; never contributes to the EDSS step.</summary>
    Other = 7,
}
