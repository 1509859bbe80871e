namespace MscDomain.Safety;

/// <summary>A scored Naranjo questionnaire, or the reasons it could not be scored.</summary>
/// <param name="Total">The total score (−4 to 13); <see langword="null"/> when the answers were rejected.</param>
/// <param name="Category">The category; <see langword="null"/> when the answers were rejected.</param>
/// <param name="Points">The points of each question 1–10 (index 0 = question 1); empty when rejected.</param>
/// <param name="Ceiling">The attainable maximum: the sum of the best points of the questions answered yes or no, with "don't know" and
/// missing questions counting 0 (for a single MSC infusion with Q3, Q4, Q7, Q8 unknown this is 8: "definite" is structurally
/// unreachable, safety.md §11.2). <see langword="null"/> when rejected.</param>
/// <param name="Issues">Errors (invalid answers; missing answers under <see cref="NaranjoMissingAnswer.Reject"/>) and warnings
/// (missing answers scored as "don't know"; definite unreachable).</param>
public sealed record NaranjoResult(
    int? Total,
    NaranjoCategory? Category,
    IReadOnlyList<int> Points,
    int? Ceiling,
    IReadOnlyList<SafetyIssue> Issues)
{
    /// <summary>Whether the answers were scored (no error).</summary>
    public bool IsValid => Total is not null;

    /// <summary>Whether "definite" (≥ 9) is attainable with the questions that could be answered.</summary>
    public bool DefiniteReachable => Ceiling >= 9;
}
