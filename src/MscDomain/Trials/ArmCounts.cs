using System.Collections.Immutable;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>Participant counts of an arm or a trial; randomised, treated and analysed differ and are all kept (products-and-dosing.md §5).</summary>
/// <param name="Enrolled">Enrolled, or null.</param>
/// <param name="Randomized">Randomised / allocated, or null.</param>
/// <param name="Treated">Received any product, or null.</param>
/// <param name="Completed">Completed, or null.</param>
/// <param name="Analysed">Analysed, or null.</param>
/// <param name="Screened">Screened (assessed for eligibility), or null.</param>
/// <param name="Planned">Planned sample size, or null.</param>
public sealed record ArmCounts(int? Enrolled = null, int? Randomized = null, int? Treated = null, int? Completed = null, int? Analysed = null, int? Screened = null, int? Planned = null)
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

    /// <summary>Screened (at least 0), or null.</summary>
    public int? Screened { get; } = Require.NonNegative(Screened, nameof(Screened));

    /// <summary>Planned sample size (at least 0), or null.</summary>
    public int? Planned { get; } = Require.NonNegative(Planned, nameof(Planned));

    /// <summary>Withdrawals with reasons.</summary>
    public ImmutableArray<Withdrawal> Withdrawals { get; init => field = Require.NotDefault(value, nameof(Withdrawals)); } = [];
}
