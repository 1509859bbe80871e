using MscDomain.Disability;
using NodaTime;

namespace MscDomain.Benchmarks;

/// <summary>Seeded synthetic MS cohort: EDSS trajectories on the valid grid with noise, drift and relapse bumps,
/// visits about every 3 months, relapses about 0.4 per participant-year.</summary>
public static class DisabilityCohortGenerator
{
    private static readonly decimal[] Steps = [0m, 1m, 1.5m, 2m, 2.5m, 3m, 3.5m, 4m, 4.5m, 5m, 5.5m, 6m, 6.5m, 7m, 7.5m, 8m, 8.5m, 9m, 9.5m, 10m];

    public static List<ParticipantDisabilityData> Generate(int participants, int visitsPerParticipant, int seed)
    {
        var rng = new Random(seed);
        var list = new List<ParticipantDisabilityData>(participants);
        var start = new LocalDate(2015, 1, 1);
        for (var p = 0; p < participants; p++)
        {
            var visits = new DisabilityVisit[visitsPerParticipant];
            var relapses = new List<LocalDate>();
            var level = rng.Next(0, 12);
            var day = rng.Next(0, 365);
            for (var v = 0; v < visitsPerParticipant; v++)
            {
                // Relapse between this visit and the next with probability ~0.1 per 3-month interval.
                if (rng.NextDouble() < 0.1)
                {
                    relapses.Add(start.PlusDays(day + rng.Next(0, 90)));
                }

                var r = rng.NextDouble();
                level += r < 0.15 ? -1 : r < 0.30 ? 1 : r < 0.33 ? 2 : 0;
                level = Math.Clamp(level, 0, Steps.Length - 1);
                visits[v] = new DisabilityVisit(start.PlusDays(day), Steps[level], rng.NextDouble() > 0.05);
                day += 70 + rng.Next(0, 40);
            }

            list.Add(new ParticipantDisabilityData($"P{p:D6}", visits, relapses));
        }

        return list;
    }
}
