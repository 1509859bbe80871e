using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Tests.Disability;

internal static class ConfirmedChangeTestHelpers
{
    public static LocalDate D(int day) => DayNumbers.FromDayNumber(day);

    /// <summary>Visits from (day, value) pairs.</summary>
    public static List<DisabilityVisit> Visits(params (int Day, decimal Value)[] points) =>
        points.Select(p => new DisabilityVisit(D(p.Day), p.Value)).ToList();

    /// <summary>Visits every 90 days with the given values.</summary>
    public static List<DisabilityVisit> Every90(params decimal[] values) =>
        values.Select((v, i) => new DisabilityVisit(D(90 * i), v)).ToList();

    public static List<LocalDate> Relapses(params int[] days) => days.Select(D).ToList();

    public static ConfirmedChangeResult Run(IReadOnlyList<DisabilityVisit> visits, ConfirmedChangeOptions? options = null, IReadOnlyList<LocalDate>? relapses = null) =>
        ConfirmedChangeEngine.Analyze(visits, relapses ?? [], options ?? new ConfirmedChangeOptions());

    public static int Day(LocalDate date) => DayNumbers.ToDayNumber(date);
}
