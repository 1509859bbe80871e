using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>
/// How many of the seven functional systems reached each converted grade; the input to the
/// FS-combination table.
/// </summary>
/// <remarks><c>default</c> means every system at grade 0.</remarks>
public readonly record struct FunctionalSystemGradeCounts
{
    /// <summary>Creates the counts.</summary>
    /// <param name="grade1">Systems at converted grade 1 (a cerebral grade 1 only when counted, decision D1).</param>
    /// <param name="grade2">Systems at converted grade 2.</param>
    /// <param name="grade3">Systems at converted grade 3.</param>
    /// <param name="grade4">Systems at converted grade 4.</param>
    /// <param name="grade5OrMore">Systems at converted grade 5 or 6.</param>
    [JsonConstructor]
    public FunctionalSystemGradeCounts(int grade1, int grade2, int grade3, int grade4, int grade5OrMore)
    {
        Grade1 = grade1;
        Grade2 = grade2;
        Grade3 = grade3;
        Grade4 = grade4;
        Grade5OrMore = grade5OrMore;
    }

    /// <summary>Systems at converted grade 1 (a cerebral grade 1 only when counted, decision D1).</summary>
    public int Grade1 { get; init; }

    /// <summary>Systems at converted grade 2.</summary>
    public int Grade2 { get; init; }

    /// <summary>Systems at converted grade 3.</summary>
    public int Grade3 { get; init; }

    /// <summary>Systems at converted grade 4.</summary>
    public int Grade4 { get; init; }

    /// <summary>Systems at converted grade 5 or 6.</summary>
    public int Grade5OrMore { get; init; }
}
