using NodaTime;
using MscDomain.Common;

namespace MscDomain.Outcomes;

/// <summary>A clinical relapse: onset, optional end, confirmation and steroid treatment (the relapse definition itself is a study parameter).</summary>
/// <param name="Onset">Date of onset.</param>
/// <param name="End">Date of recovery/end, or null.</param>
/// <param name="Confirmed">Whether the relapse was confirmed by an examining neurologist, or null.</param>
/// <param name="SteroidTreated">Whether it was treated with corticosteroids, or null.</param>
/// <param name="Description">Free description, or null.</param>
public sealed record Relapse(LocalDate Onset, LocalDate? End = null, bool? Confirmed = null, bool? SteroidTreated = null, string? Description = null)
{
    /// <summary>Date of recovery/end (not before onset), or null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">End before onset.</exception>
    public LocalDate? End { get; } = End is { } e && e < Onset
        ? throw new ArgumentOutOfRangeException(nameof(End), e, $"Relapse.End must not be before Onset ({Onset:yyyy-MM-dd}); {e:yyyy-MM-dd} is.")
        : End;

    /// <summary>Free description, or null.</summary>
    public string? Description { get; } = Require.NullOrNotBlank(Description, nameof(Description));
}
