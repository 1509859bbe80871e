using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Disability;

/// <summary>The mean and standard deviation of one MSFC component in the reference population.</summary>
public readonly record struct MsfcComponentReference
{
    /// <summary>Creates the reference values.</summary>
    /// <param name="mean">The reference mean, in the component's unit.</param>
    /// <param name="standardDeviation">The reference standard deviation, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">The standard deviation is not positive.</exception>
    [JsonConstructor]
    public MsfcComponentReference(decimal mean, decimal standardDeviation)
    {
        if (standardDeviation <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation,
                $"Reference standard deviation must be > 0; {standardDeviation.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        Mean = mean;
        StandardDeviation = standardDeviation;
    }

    /// <summary>The reference mean.</summary>
    public decimal Mean { get; }

    /// <summary>The reference standard deviation (&gt; 0; 0 only in <c>default</c>, which is not a usable reference).</summary>
    public decimal StandardDeviation { get; }
}
