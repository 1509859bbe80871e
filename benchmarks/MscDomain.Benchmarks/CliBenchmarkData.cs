using System.Globalization;
using System.Text;

namespace MscDomain.Benchmarks;

/// <summary>Seeded synthetic long-format cohort for the CLI benchmark: ~20 EDSS visits per participant every ~3 months
/// (random walk on EDSS steps, occasional missing values and same-day duplicates) and ~0.4 relapses per participant.</summary>
public static class CliBenchmarkData
{
    private static readonly decimal[] Steps = [0m, 1.0m, 1.5m, 2.0m, 2.5m, 3.0m, 3.5m, 4.0m, 4.5m, 5.0m, 5.5m, 6.0m, 6.5m, 7.0m, 7.5m, 8.0m, 8.5m, 9.0m, 9.5m];

    /// <summary>Writes <c>visits.csv</c> and <c>relapses.csv</c> into <paramref name="dir"/>; returns (visit rows, relapse rows).</summary>
    public static (int Visits, int Relapses) Write(string dir, int participants, int seed = 20261126)
    {
        var rng = new Random(seed);
        var ci = CultureInfo.InvariantCulture;
        var start = new DateOnly(2015, 1, 1);
        var visits = 0;
        var relapses = 0;
        using var v = new StreamWriter(Path.Combine(dir, "visits.csv"), false, new UTF8Encoding(false), 1 << 16);
        using var r = new StreamWriter(Path.Combine(dir, "relapses.csv"), false, new UTF8Encoding(false), 1 << 16);
        v.Write("id,date,EDSS\n");
        r.Write("id,date\n");
        for (var p = 0; p < participants; p++)
        {
            var id = "P" + p.ToString("D6", ci);
            var day = start.AddDays(rng.Next(0, 1500));
            var first = day;
            var step = rng.Next(0, 10);
            var n = 16 + rng.Next(0, 9); // 16..24 visits, mean 20
            for (var i = 0; i < n; i++)
            {
                var roll = rng.NextDouble();
                step = Math.Clamp(step + (roll < 0.12 ? 1 : roll < 0.2 ? -1 : 0) + (roll > 0.985 ? 2 : 0), 0, Steps.Length - 1);
                var value = rng.NextDouble() < 0.01 ? string.Empty : Steps[step].ToString("0.0", ci);
                v.Write($"{id},{day:yyyy-MM-dd},{value}\n");
                visits++;
                if (rng.NextDouble() < 0.005)
                {
                    v.Write($"{id},{day:yyyy-MM-dd},{Steps[step].ToString("0.0", ci)}\n");
                    visits++;
                }

                day = day.AddDays(76 + rng.Next(0, 29));
            }

            var k = rng.NextDouble() < 0.3 ? 1 + rng.Next(0, 2) : 0;
            for (var j = 0; j < k; j++)
            {
                r.Write($"{id},{first.AddDays(rng.Next(-200, day.DayNumber - first.DayNumber)):yyyy-MM-dd}\n");
                relapses++;
            }
        }

        return (visits, relapses);
    }
}
