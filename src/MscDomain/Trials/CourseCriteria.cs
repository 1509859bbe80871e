using MscDomain.Common;
using MscDomain.Disease;
using MscDomain.Outcomes;

namespace MscDomain.Trials;

/// <summary>Eligibility that differs by disease course ("RRMS with EDSS 2.5–5.5; SPMS with EDSS 3.0–6.5").</summary>
/// <param name="Course">The course the criteria apply to.</param>
/// <param name="EdssMinimum">Lowest eligible EDSS for this course, or null.</param>
/// <param name="EdssMaximum">Highest eligible EDSS for this course, or null.</param>
/// <param name="Text">Other course-specific criteria verbatim, or null.</param>
public sealed record CourseCriteria(BaseCourse Course, EdssScore? EdssMinimum = null, EdssScore? EdssMaximum = null, string? Text = null)
{
    /// <summary>The course.</summary>
    /// <exception cref="ArgumentException">An undefined course, a maximum below the minimum, or blank text.</exception>
    public BaseCourse Course { get; } = Require.Defined(Course, nameof(Course));

    /// <summary>Highest eligible EDSS (at least the minimum), or null.</summary>
    public EdssScore? EdssMaximum { get; } = EdssMinimum is { } lo && EdssMaximum is { } hi && hi < lo
        ? throw new ArgumentOutOfRangeException(nameof(EdssMaximum), hi.Value, $"CourseCriteria.EdssMaximum must be >= EdssMinimum ({lo}); {hi} is not.")
        : EdssMaximum;

    /// <summary>Other criteria, or null.</summary>
    public string? Text { get; } = Require.NullOrNotBlank(Text, nameof(Text));
}
