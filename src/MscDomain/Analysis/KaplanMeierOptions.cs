using System.Globalization;

namespace MscDomain.Analysis;

/// <summary>Options for <see cref="KaplanMeier.Estimate(IReadOnlyList{SurvivalObservation}, KaplanMeierOptions?)"/>.</summary>
public sealed record KaplanMeierOptions
{
    private readonly decimal _confidenceLevel = 0.95m;

    /// <summary>The default options: 95% log-log pointwise intervals.</summary>
    public static KaplanMeierOptions Default { get; } = new();

    /// <summary>
    /// The scale of the pointwise confidence interval. Default <see cref="ConfidenceIntervalType.LogLog"/>
    /// (SAS PROC LIFETEST's default; note R survival's default is <see cref="ConfidenceIntervalType.Log"/>,
    /// so set this to <see cref="ConfidenceIntervalType.Log"/> to reproduce R's <c>survfit</c> output).
    /// </summary>
    public ConfidenceIntervalType ConfidenceInterval { get; init; } = ConfidenceIntervalType.LogLog;

    /// <summary>The two-sided confidence level of pointwise and median intervals, strictly between 0 and 1. Default 0.95.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not strictly between 0 and 1.</exception>
    public decimal ConfidenceLevel
    {
        get => _confidenceLevel;
        init
        {
            if (value <= 0m || value >= 1m)
            {
                throw new ArgumentOutOfRangeException(nameof(ConfidenceLevel), value,
                    $"The confidence level must be strictly between 0 and 1 (e.g. 0.95); {value.ToString(CultureInfo.InvariantCulture)} is not.");
            }

            _confidenceLevel = value;
        }
    }
}
