using System.Text.Json.Serialization;
using System.Collections.Immutable;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Dosing;

/// <summary><see cref="Count"/> administrations, the first at the start and the rest at unstated dates within <see cref="Window"/> (Cohen 2023: 3 IT doses within 16 weeks).</summary>
/// <param name="Count">Number of administrations (at least 1).</param>
/// <param name="Window">Length of the window from the first administration (at least 1 unit).</param>
public sealed record WithinWindowSchedule(int Count, CalendarInterval Window) : Schedule
{
    /// <summary>Number of administrations (at least 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Count below 1 or an empty window.</exception>
    public int Count { get; } = Require.Positive(Count, nameof(Count));

    /// <summary>Length of the window (at least 1 unit).</summary>
    public CalendarInterval Window { get; } = Window.Amount >= 1
        ? Window
        : throw new ArgumentOutOfRangeException(nameof(Window), Window.Amount, "WithinWindowSchedule.Window must be at least 1 unit; 0 is not.");

    /// <inheritdoc />
    [JsonIgnore]
    public override int MinimumCount => Count;

    /// <inheritdoc />
    [JsonIgnore]
    public override int MaximumCount => Count;

    /// <inheritdoc />
    public override ImmutableArray<PlannedAdministrationDate> Expand(LocalDate start)
    {
        var end = Window.AddTo(start);
        var builder = ImmutableArray.CreateBuilder<PlannedAdministrationDate>(Count);
        builder.Add(new PlannedAdministrationDate(1, start, start, false));
        for (var k = 1; k < Count; k++)
        {
            builder.Add(new PlannedAdministrationDate(k + 1, start, end, false));
        }

        return builder.MoveToImmutable();
    }
}
