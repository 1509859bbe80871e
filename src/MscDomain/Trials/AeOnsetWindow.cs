using MscDomain.Common;
using MscDomain.Dosing;

namespace MscDomain.Trials;

/// <summary>When a reported adverse event started relative to an anchor: "within 24 hours of each infusion", "after one of
/// three intrathecal treatments", "in the first month".</summary>
/// <remarks>CDISC SDTM AE timing relative to a reference (AESTRTPT/AESTTPT, AEENRTPT); an open <see cref="To"/> means "after".</remarks>
/// <param name="Anchor">What the window is measured from.</param>
/// <param name="From">Start of the window after the anchor, or null for the anchor itself.</param>
/// <param name="To">End of the window after the anchor, or null when open.</param>
public sealed record AeOnsetWindow(AeWindowAnchor Anchor, CalendarInterval? From = null, CalendarInterval? To = null)
{
    /// <summary>What the window is measured from.</summary>
    /// <exception cref="ArgumentException">An undefined anchor, or an end before the start.</exception>
    public AeWindowAnchor Anchor { get; } = Require.Defined(Anchor, nameof(Anchor));

    /// <summary>End of the window (not before the start), or null.</summary>
    public CalendarInterval? To { get; } = To is { } t && From is { } f && t.ApproximateDays() < f.ApproximateDays()
        ? throw new ArgumentOutOfRangeException(nameof(To), t.ToString(), $"AeOnsetWindow.To {t} is before From {f}.")
        : To;
}
