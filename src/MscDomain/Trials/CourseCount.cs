using MscDomain.Common;
using MscDomain.Disease;

namespace MscDomain.Trials;

/// <summary>How many participants of a baseline table had one disease course (MESEMS 2021: RRMS 94, SPMS 33, PPMS 17).</summary>
/// <param name="Course">The course.</param>
/// <param name="Participants">Participants with it (at least 0).</param>
public sealed record CourseCount(BaseCourse Course, int Participants)
{
    /// <summary>The course.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An undefined course or a negative count.</exception>
    public BaseCourse Course { get; } = Require.Defined(Course, nameof(Course));

    /// <summary>Participants (at least 0).</summary>
    public int Participants { get; } = Require.NonNegative(Participants, nameof(Participants));
}
