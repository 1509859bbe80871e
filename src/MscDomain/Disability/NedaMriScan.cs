using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Disability;

/// <summary>A follow-up MRI scan read for NEDA: new or enlarging T2 lesions (against the previous scan)
/// and gadolinium-enhancing (Gd+) lesions.</summary>
public sealed record NedaMriScan
{
    /// <summary>Creates a scan result.</summary>
    /// <param name="date">The scan date.</param>
    /// <param name="newOrEnlargingT2Lesions">Count of new or enlarging T2 lesions, ≥ 0.</param>
    /// <param name="gadoliniumEnhancingLesions">Count of Gd+ lesions, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    [JsonConstructor]
    public NedaMriScan(LocalDate date, int newOrEnlargingT2Lesions, int gadoliniumEnhancingLesions)
    {
        if (newOrEnlargingT2Lesions < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(newOrEnlargingT2Lesions), newOrEnlargingT2Lesions,
                $"New/enlarging T2 lesion count must be ≥ 0; {newOrEnlargingT2Lesions.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        if (gadoliniumEnhancingLesions < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(gadoliniumEnhancingLesions), gadoliniumEnhancingLesions,
                $"Gd+ lesion count must be ≥ 0; {gadoliniumEnhancingLesions.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        Date = date;
        NewOrEnlargingT2Lesions = newOrEnlargingT2Lesions;
        GadoliniumEnhancingLesions = gadoliniumEnhancingLesions;
    }

    /// <summary>The scan date.</summary>
    public LocalDate Date { get; }

    /// <summary>New or enlarging T2 lesions compared with the previous scan.</summary>
    public int NewOrEnlargingT2Lesions { get; }

    /// <summary>Gadolinium-enhancing lesions.</summary>
    public int GadoliniumEnhancingLesions { get; }
}
