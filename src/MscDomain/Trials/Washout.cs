using MscDomain.Common;
using MscDomain.Dosing;

namespace MscDomain.Trials;

/// <summary>A washout required before entry for one drug class ("no cytotoxics in the prior 3 months", "no relapse or
/// steroids in the prior month").</summary>
/// <param name="DrugClass">Drug or drug class, e.g. "cytotoxic agents", "corticosteroids".</param>
/// <param name="Minimum">Minimum time since the last dose.</param>
/// <param name="Text">The source's wording, or null.</param>
public sealed record Washout(string DrugClass, CalendarInterval Minimum, string? Text = null)
{
    /// <summary>Drug or drug class (non-blank).</summary>
    /// <exception cref="ArgumentException">A blank class or text, or an empty interval.</exception>
    public string DrugClass { get; } = Require.NotBlank(DrugClass, nameof(DrugClass));

    /// <summary>Minimum time since the last dose (at least 1 unit).</summary>
    public CalendarInterval Minimum { get; } = Minimum.Amount >= 1
        ? Minimum
        : throw new ArgumentOutOfRangeException(nameof(Minimum), Minimum.ToString(), "Washout.Minimum must be at least 1 unit.");

    /// <summary>The source's wording, or null.</summary>
    public string? Text { get; } = Require.NullOrNotBlank(Text, nameof(Text));
}
