using System.Text.Json.Serialization;

namespace MscDomain.Safety;

/// <summary>Whether an event's onset falls inside a risk window: three-valued, plus the cases where the window does not apply.</summary>
public enum WindowMembership
{
    /// <summary>The onset is inside the window.</summary>
    [JsonStringEnumMemberName("inside")]
    Inside = 0,

    /// <summary>The onset is outside the window.</summary>
    [JsonStringEnumMemberName("outside")]
    Outside = 1,

    /// <summary>Cannot be decided, e.g. a date-only onset against an hour window (never guessed).</summary>
    [JsonStringEnumMemberName("indeterminate")]
    Indeterminate = 2,

    /// <summary>No prior exposure by a route the window applies to.</summary>
    [JsonStringEnumMemberName("not-applicable")]
    NotApplicable = 3,

    /// <summary>The window is a protocol parameter that was not set (or the category has no fixed window).</summary>
    [JsonStringEnumMemberName("no-window-defined")]
    NoWindowDefined = 4,
}
