using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Safety;

/// <summary>The response to withdrawal of the product (dechallenge), as a WHO-UMC assessment point.</summary>
/// <remarks>For a single MSC infusion there is nothing to withdraw: the response is normally <see cref="LackingOrUnclear"/>
/// and so Certain and Probable cannot be reached.</remarks>
[JsonConverter(typeof(KebabCaseEnumConverter<DechallengeResponse>))]
public enum DechallengeResponse
{
    /// <summary>Dechallenge information lacking or unclear (compatible only with Possible and below).</summary>
    LackingOrUnclear = 0,

    /// <summary>A plausible, clinically reasonable response to withdrawal.</summary>
    PlausibleResponse = 1,

    /// <summary>No improvement after withdrawal.</summary>
    NoResponse = 2,
}
