using MscDomain.Outcomes;
namespace MscDomain.Disability;

/// <summary>
/// How many of the seven functional systems reached each converted grade; the input to the
/// FS-combination table.
/// </summary>
/// <param name="Grade1">Systems at converted grade 1 (a cerebral grade 1 only when counted, decision D1).</param>
/// <param name="Grade2">Systems at converted grade 2.</param>
/// <param name="Grade3">Systems at converted grade 3.</param>
/// <param name="Grade4">Systems at converted grade 4.</param>
/// <param name="Grade5OrMore">Systems at converted grade 5 or 6.</param>
/// <remarks><c>default</c> means every system at grade 0.</remarks>
public readonly record struct FunctionalSystemGradeCounts(int Grade1, int Grade2, int Grade3, int Grade4, int Grade5OrMore);
