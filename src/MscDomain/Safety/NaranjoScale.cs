using MscDomain.Common;
using System.Globalization;

namespace MscDomain.Safety;

/// <summary>
/// The Naranjo adverse drug reaction probability scale: ten questions answered yes / no / don't know, summed to a total from −4 to 13
/// and a category (definite ≥ 9, probable 5–8, possible 1–4, doubtful ≤ 0).
/// </summary>
/// <remarks>
/// <para>Source: Naranjo CA et al., "A method for estimating the probability of adverse drug reactions", <i>Clin Pharmacol Ther</i>
/// 1981;30:239–45. Points (yes / no / don't know): Q1 earlier conclusive reports +1/0/0; Q2 appeared after the drug +2/−1/0;
/// Q3 improved on discontinuation or antagonist +1/0/0; Q4 reappeared on re-administration +2/−1/0; Q5 alternative causes
/// −1/+2/0; Q6 reappeared with placebo −1/+1/0; Q7 toxic concentration detected +1/0/0; Q8 dose-response +1/0/0;
/// Q9 similar reaction before +1/0/0; Q10 objective evidence +1/0/0.</para>
/// </remarks>
public static class NaranjoScale
{
    /// <summary>The number of questions.</summary>
    public const int QuestionCount = 10;

    /// <summary>The points of a "yes" answer to questions 1–10 (index 0 = question 1).</summary>
    public static IReadOnlyList<int> YesPoints { get; } = [1, 2, 1, 2, -1, -1, 1, 1, 1, 1];

    /// <summary>The points of a "no" answer to questions 1–10 (index 0 = question 1).</summary>
    public static IReadOnlyList<int> NoPoints { get; } = [0, -1, 0, -1, 2, 1, 0, 0, 0, 0];

    /// <summary>The points of one answer to one question.</summary>
    /// <param name="question">The question number, 1 to 10.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>The points (don't know is always 0).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The question is outside 1–10 or the answer undefined.</exception>
    public static int PointsFor(int question, NaranjoAnswer answer)
    {
        if (question is < 1 or > QuestionCount)
        {
            throw new ArgumentOutOfRangeException(nameof(question), question, $"Naranjo questions are numbered 1 to 10; {question} is not.");
        }

        return answer switch
        {
            NaranjoAnswer.Yes => YesPoints[question - 1],
            NaranjoAnswer.No => NoPoints[question - 1],
            NaranjoAnswer.DontKnow => 0,
            _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, $"Naranjo answers are Yes, No or DontKnow; {(int)answer} is not."),
        };
    }

    /// <summary>The category of a total: ≥ 9 definite, 5–8 probable, 1–4 possible, ≤ 0 doubtful.</summary>
    /// <param name="total">The total score.</param>
    /// <returns>The category.</returns>
    public static NaranjoCategory CategoryOf(int total) => total switch
    {
        >= 9 => NaranjoCategory.Definite,
        >= 5 => NaranjoCategory.Probable,
        >= 1 => NaranjoCategory.Possible,
        _ => NaranjoCategory.Doubtful,
    };

    /// <summary>Scores ten answers (index 0 = question 1; <see langword="null"/> = unanswered).</summary>
    /// <param name="answers">Exactly ten answers.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="NaranjoOptions.Default"/>.</param>
    /// <returns>The score and category, or every problem with the answers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    public static NaranjoResult Score(IReadOnlyList<NaranjoAnswer?> answers, NaranjoOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        options ??= NaranjoOptions.Default;
        var issues = new List<SafetyIssue>();
        if (answers.Count != QuestionCount)
        {
            issues.Add(new SafetyIssue("answers", answers.Count.ToString(CultureInfo.InvariantCulture),
                "The Naranjo scale has exactly 10 questions (Naranjo 1981).", DataIssueSeverity.Error));
            return new NaranjoResult(null, null, [], null, issues);
        }

        var points = new int[QuestionCount];
        var total = 0;
        var ceiling = 0;
        for (var i = 0; i < QuestionCount; i++)
        {
            var q = i + 1;
            var maxPoints = Math.Max(YesPoints[i], NoPoints[i]);
            switch (answers[i])
            {
                case null when options.MissingAnswer == NaranjoMissingAnswer.Reject:
                    issues.Add(new SafetyIssue($"Q{q}", null, $"Question {q} is unanswered and unanswered questions are rejected (NaranjoMissingAnswer.Reject).",
                        DataIssueSeverity.Error));
                    break;
                case null:
                    issues.Add(new SafetyIssue($"Q{q}", null, $"Question {q} is unanswered: scored as \"don't know\" (0 points).", DataIssueSeverity.Warning));
                    break;
                case NaranjoAnswer.DontKnow:
                    break;
                case NaranjoAnswer.Yes or NaranjoAnswer.No:
                    points[i] = PointsFor(q, answers[i]!.Value);
                    total += points[i];
                    ceiling += maxPoints;
                    break;
                default:
                    issues.Add(new SafetyIssue($"Q{q}", ((int)answers[i]!.Value).ToString(CultureInfo.InvariantCulture),
                        "A Naranjo answer is Yes, No or DontKnow.", DataIssueSeverity.Error));
                    break;
            }
        }

        if (issues.Any(i => i.Severity == DataIssueSeverity.Error))
        {
            return new NaranjoResult(null, null, [], null, issues);
        }

        if (ceiling < 9)
        {
            issues.Add(new SafetyIssue("total", total.ToString(CultureInfo.InvariantCulture),
                $"With the questions answered \"don't know\" scoring 0, the highest attainable total is {ceiling}: 'definite' (≥ 9) is structurally unreachable.", DataIssueSeverity.Warning));
        }

        return new NaranjoResult(total, CategoryOf(total), points, ceiling, issues);
    }
}
