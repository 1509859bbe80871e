using MscDomain.Common;

namespace MscDomain.Analysis;

/// <summary>One study's effect size y_i and sampling variance v_i, as metafor's <c>escalc()</c> returns them.</summary>
/// <param name="Study">The study's label.</param>
/// <param name="Yi">The effect size on the analysis scale.</param>
/// <param name="Vi">The sampling variance (&gt; 0).</param>
/// <param name="ZeroCellCorrected">Whether 1/2 was added under metafor's zero-count rule before computing yi and vi.</param>
/// <param name="Location">Where the study's data came from.</param>
public sealed record StudyEffect(string Study, double Yi, double Vi, bool ZeroCellCorrected = false, SourceLocation Location = default)
{
    /// <summary>The study's label (non-blank).</summary>
    /// <exception cref="ArgumentException">A blank label, a non-finite yi, or a vi that is not finite and &gt; 0.</exception>
    public string Study { get; } = Require.NotBlank(Study, nameof(Study));

    /// <summary>The effect size (finite).</summary>
    public double Yi { get; } = double.IsFinite(Yi) ? Yi : throw new ArgumentException($"StudyEffect.Yi must be finite; {Yi} is not.", nameof(Yi));

    /// <summary>The sampling variance (finite, &gt; 0).</summary>
    public double Vi { get; } = double.IsFinite(Vi) && Vi > 0 ? Vi : throw new ArgumentException($"StudyEffect.Vi must be finite and > 0; {Vi} is not.", nameof(Vi));
}
