using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Outcomes;

/// <summary>A Kurtzke functional system (disability.md §3).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<FunctionalSystem>))]
public enum FunctionalSystem
{
    /// <summary>Visual (optic), 0–6.</summary>
    Visual,

    /// <summary>Brainstem, 0–5.</summary>
    Brainstem,

    /// <summary>Pyramidal, 0–6.</summary>
    Pyramidal,

    /// <summary>Cerebellar, 0–5.</summary>
    Cerebellar,

    /// <summary>Sensory, 0–6.</summary>
    Sensory,

    /// <summary>Bowel and bladder, 0–6.</summary>
    BowelBladder,

    /// <summary>Cerebral (mental), 0–5.</summary>
    Cerebral,
}
