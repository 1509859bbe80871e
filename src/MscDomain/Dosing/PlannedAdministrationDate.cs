using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Dosing;

/// <summary>One planned administration: its 1-based number, the window of dates it may fall in, and whether it is optional.</summary>
/// <remarks>Fixed schedules give <see cref="Earliest"/> = <see cref="Latest"/>; interval ranges ("every 6–12 months")
/// and windows ("3 doses within 16 weeks") give a window.</remarks>
/// <param name="Number">1-based administration number within the regimen.</param>
/// <param name="Earliest">Earliest planned date.</param>
/// <param name="Latest">Latest planned date.</param>
/// <param name="IsOptional">True for "up to n" administrations beyond the minimum count.</param>
/// <param name="PhaseIndex">0-based index of the regimen phase it belongs to.</param>
public sealed record PlannedAdministrationDate(int Number, LocalDate Earliest, LocalDate Latest, bool IsOptional, int PhaseIndex = 0)
{
    /// <summary>Whether the date is fixed (earliest equals latest).</summary>
    [JsonIgnore]
    public bool IsExact => Earliest == Latest;
}
