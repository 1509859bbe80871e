using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>The cognitive component of the MSFC (Multiple Sclerosis Functional Composite).</summary>
/// <remarks><c>default(MsfcCognitiveTest)</c> is <see cref="Pasat3"/>, the original component (Fischer 1999).</remarks>
public enum MsfcCognitiveTest
{
    /// <summary>Paced Auditory Serial Addition Test, 3-second version: number correct of 60 (higher better).</summary>
    [JsonStringEnumMemberName("pasat3")]
    Pasat3 = 0,

    /// <summary>Symbol Digit Modalities Test: number correct, 0–110 (higher better); a common substitute for PASAT-3.</summary>
    [JsonStringEnumMemberName("sdmt")]
    Sdmt = 1,
}
