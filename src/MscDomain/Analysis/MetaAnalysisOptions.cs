using System.Globalization;

namespace MscDomain.Analysis;

/// <summary>Options for <see cref="MetaAnalysis.Fit(IReadOnlyList{StudyEffect}, MetaAnalysisOptions?, EffectScale)"/>, with metafor's defaults.</summary>
/// <remarks>
/// Defaults are metafor 3.8's <c>rma()</c>: <c>method = "REML"</c>, <c>test = "z"</c>, <c>level = 95</c>. Unlike metafor's
/// loose default control (<c>threshold = 1e-5</c>), iterative estimators are solved to a relative change below
/// <see cref="RelativeTolerance"/> (1e-10), which matches metafor run with <c>control = list(threshold = 1e-12, tol = 1e-12)</c>
/// (shared/domain/evidence-synthesis.md §5.9).
/// </remarks>
public sealed record MetaAnalysisOptions
{
    private readonly decimal _confidenceLevel = 0.95m;
    private readonly decimal _relativeTolerance = 1e-10m;
    private readonly int _maxIterations = 1000;

    /// <summary>The defaults: REML, z test, 95%.</summary>
    public static MetaAnalysisOptions Default { get; } = new();

    /// <summary>The model and τ² estimator. Default <see cref="TauSquaredEstimator.REML"/> (metafor's default).</summary>
    public TauSquaredEstimator Method { get; init; } = TauSquaredEstimator.REML;

    /// <summary>The test and interval type. Default <see cref="MetaAnalysisTest.Z"/> (metafor's default).</summary>
    public MetaAnalysisTest Test { get; init; } = MetaAnalysisTest.Z;

    /// <summary>The two-sided confidence level of the CI and prediction interval, strictly between 0 and 1. Default 0.95 (metafor <c>level = 95</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between 0 and 1.</exception>
    public decimal ConfidenceLevel
    {
        get => _confidenceLevel;
        init => _confidenceLevel = value > 0m && value < 1m ? value : throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), value,
            $"The confidence level must be strictly between 0 and 1 (e.g. 0.95); {value.ToString(CultureInfo.InvariantCulture)} is not.");
    }

    /// <summary>Iterative estimators (REML, ML, PM, EB) stop when an update changes τ² by less than this, relative. Default 1e-10; between 1e-15 and 1e-3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside [1e-15, 1e-3].</exception>
    public decimal RelativeTolerance
    {
        get => _relativeTolerance;
        init => _relativeTolerance = value >= 1e-15m && value <= 1e-3m ? value : throw new ArgumentOutOfRangeException(nameof(RelativeTolerance), value,
            $"The relative tolerance must be between 1e-15 and 1e-3; {value.ToString(CultureInfo.InvariantCulture)} is not.");
    }

    /// <summary>The most iterations an iterative estimator may take before it is reported as not converged. Default 1000; at least 10.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 10.</exception>
    public int MaxIterations
    {
        get => _maxIterations;
        init => _maxIterations = value >= 10 ? value : throw new ArgumentOutOfRangeException(nameof(MaxIterations), value,
            $"MaxIterations must be >= 10; {value} is not.");
    }
}
