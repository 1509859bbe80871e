using System.Text.Json.Serialization;

namespace MscDomain.Outcomes;

/// <summary>A Kurtzke functional system grade: 0–6 for visual, pyramidal, sensory, bowel/bladder; 0–5 for brainstem, cerebellar, cerebral (disability.md §3).</summary>
/// <remarks><c>default(FunctionalSystemScore)</c> is visual grade 0. JSON: <c>{ "system": "pyramidal", "grade": 3 }</c>.</remarks>
public readonly record struct FunctionalSystemScore
{
    /// <summary>Creates a grade after checking it is within the system's range.</summary>
    /// <param name="system">The functional system.</param>
    /// <param name="grade">The grade.</param>
    /// <exception cref="ArgumentOutOfRangeException">The system is undefined or the grade is outside its range.</exception>
    [JsonConstructor]
    public FunctionalSystemScore(FunctionalSystem system, int grade)
    {
        if (!Enum.IsDefined(system))
        {
            throw new ArgumentOutOfRangeException(nameof(system), system, $"FunctionalSystemScore.System {system} is not defined.");
        }

        var max = MaximumGrade(system);
        if (grade < 0 || grade > max)
        {
            throw new ArgumentOutOfRangeException(nameof(grade), grade, $"FunctionalSystemScore.Grade for {system} must be 0 to {max} (Kurtzke 1983); {grade} is not.");
        }

        System = system;
        Grade = grade;
    }

    /// <summary>The functional system.</summary>
    public FunctionalSystem System { get; }

    /// <summary>The grade.</summary>
    public int Grade { get; }

    /// <summary>The highest grade of <paramref name="system"/>.</summary>
    /// <param name="system">The functional system.</param>
    /// <returns>6 or 5.</returns>
    public static int MaximumGrade(FunctionalSystem system) => system switch
    {
        FunctionalSystem.Other => 1,
        FunctionalSystem.Brainstem or FunctionalSystem.Cerebellar or FunctionalSystem.Cerebral => 5,
        _ => 6,
    };
}
