namespace MscDomain.Plotting;

/// <summary>Round tick positions (1, 2, 2.5, 5 × 10ⁿ) from 0 to a maximum.</summary>
internal static class NiceTicks
{
    public static decimal[] FromZero(decimal max, int targetIntervals = 6)
    {
        if (max <= 0m)
        {
            return [0m];
        }

        var raw = (double)max / targetIntervals;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2.0, 2.5, 5.0, 10.0 }.Select(m => m * magnitude).First(s => s >= raw);
        var stepDecimal = (decimal)step;
        var ticks = new List<decimal>();
        for (var t = 0m; t <= max + (stepDecimal / 1000m); t += stepDecimal)
        {
            ticks.Add(t);
        }

        if (ticks[^1] < max)
        {
            ticks.Add(ticks[^1] + stepDecimal);
        }

        return [.. ticks];
    }
}
