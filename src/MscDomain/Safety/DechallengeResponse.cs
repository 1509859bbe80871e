using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>The response to withdrawal of the product (dechallenge), as a WHO-UMC assessment point.</summary>
/// <remarks>For a single MSC infusion there is nothing to withdraw: the response is normally <see cref="LackingOrUnclear"/>
/// and so Certain and Probable cannot be reached.</remarks>
public enum DechallengeResponse
{
    /// <summary>Dechallenge information lacking or unclear (compatible only with Possible and below).</summary>
    [JsonStringEnumMemberName("lacking-or-unclear")]
    LackingOrUnclear = 0,

    /// <summary>A plausible, clinically reasonable response to withdrawal.</summary>
    [JsonStringEnumMemberName("plausible-response")]
    PlausibleResponse = 1,

    /// <summary>No improvement after withdrawal.</summary>
    [JsonStringEnumMemberName("no-response")]
    NoResponse = 2,
}
