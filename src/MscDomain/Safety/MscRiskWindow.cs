namespace MscDomain.Safety;

/// <summary>An MSC risk category's window: the routes it applies to and its length in hours or days from the most recent such exposure.</summary>
/// <param name="Category">The category.</param>
/// <param name="Routes">The routes / procedures the window follows.</param>
/// <param name="WindowHours">The window in elapsed hours from the exposure start, [0, N] inclusive; <see langword="null"/> when the window is in days or undefined.</param>
/// <param name="WindowDays">The window in calendar days from the exposure date, [0, N] inclusive; <see langword="null"/> when in hours or undefined.</param>
/// <param name="Basis">The source of the window.</param>
public sealed record MscRiskWindow(MscRiskCategory Category, ExposureRoute Routes, int? WindowHours, int? WindowDays, string Basis)
{
    /// <summary>Whether the window has a length (hours or days).</summary>
    public bool IsDefined => WindowHours is not null || WindowDays is not null;
}
