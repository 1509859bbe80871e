using System.Text.Json.Serialization;
using System.Collections.Immutable;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Outcomes;

/// <summary>An EDSS assessment with its functional-system grades and ambulation score when recorded.</summary>
/// <param name="Date">Date of the assessment.</param>
/// <param name="Score">The EDSS.</param>
/// <param name="FunctionalSystems">FS grades, at most one per system (may be empty).</param>
/// <param name="AmbulationScore">Neurostatus ambulation score 0–16, or null.</param>
public sealed record EdssObservation(LocalDate Date, EdssScore Score, ImmutableArray<FunctionalSystemScore> FunctionalSystems, int? AmbulationScore = null)
    : Observation(Date)
{
    /// <summary>FS grades, at most one per system.</summary>
    /// <exception cref="ArgumentException">A system appears twice or the ambulation score is outside 0–16.</exception>
    public ImmutableArray<FunctionalSystemScore> FunctionalSystems { get; } = CheckSystems(FunctionalSystems);

    /// <summary>Neurostatus ambulation score 0–16, or null.</summary>
    public int? AmbulationScore { get; } = AmbulationScore is < 0 or > 16
        ? throw new ArgumentOutOfRangeException(nameof(AmbulationScore), AmbulationScore, $"EdssObservation.AmbulationScore must be 0 to 16 (Neurostatus); {AmbulationScore} is not.")
        : AmbulationScore;

    /// <inheritdoc />
    [JsonIgnore]
    public override OutcomeMeasure Measure => OutcomeMeasure.Edss;

    private static ImmutableArray<FunctionalSystemScore> CheckSystems(ImmutableArray<FunctionalSystemScore> systems)
    {
        systems = Require.NotDefault(systems, nameof(FunctionalSystems));
        var duplicate = systems.GroupBy(s => s.System).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"EdssObservation.FunctionalSystems has {duplicate.Key} twice; one grade per system.", nameof(FunctionalSystems));
        }

        return systems;
    }
}
