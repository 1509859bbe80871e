using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>Participant counts of an arm or a trial; randomised, treated and analysed differ and are all kept (products-and-dosing.md §5).</summary>
/// <param name="Enrolled">Enrolled, or null.</param>
/// <param name="Randomized">Randomised / allocated, or null.</param>
/// <param name="Treated">Received any product, or null.</param>
/// <param name="Completed">Completed, or null.</param>
/// <param name="Analysed">Analysed, or null.</param>
public sealed record ArmCounts(int? Enrolled = null, int? Randomized = null, int? Treated = null, int? Completed = null, int? Analysed = null)
{
    /// <summary>Enrolled (at least 0), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public int? Enrolled { get; } = Require.NonNegative(Enrolled, nameof(Enrolled));

    /// <summary>Randomised (at least 0), or null.</summary>
    public int? Randomized { get; } = Require.NonNegative(Randomized, nameof(Randomized));

    /// <summary>Treated (at least 0), or null.</summary>
    public int? Treated { get; } = Require.NonNegative(Treated, nameof(Treated));

    /// <summary>Completed (at least 0), or null.</summary>
    public int? Completed { get; } = Require.NonNegative(Completed, nameof(Completed));

    /// <summary>Analysed (at least 0), or null.</summary>
    public int? Analysed { get; } = Require.NonNegative(Analysed, nameof(Analysed));
}
