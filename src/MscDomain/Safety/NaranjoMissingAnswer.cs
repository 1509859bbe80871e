using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>How the Naranjo scorer treats a question with no answer (POLICY, safety.md §11.2: the 1981 paper has no rule).</summary>
public enum NaranjoMissingAnswer
{
    /// <summary>Score the question as "don't know" (0 points) and warn, naming the question (the default).</summary>
    [JsonStringEnumMemberName("score-as-dont-know")]
    ScoreAsDontKnow = 0,

    /// <summary>Return an error instead of a score.</summary>
    [JsonStringEnumMemberName("reject")]
    Reject = 1,
}
