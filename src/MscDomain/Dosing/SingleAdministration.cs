using System.Text.Json.Serialization;
using System.Collections.Immutable;
using NodaTime;

namespace MscDomain.Dosing;

/// <summary>One administration only.</summary>
public sealed record SingleAdministration : Schedule
{
    /// <inheritdoc />
    [JsonIgnore]
    public override int MinimumCount => 1;

    /// <inheritdoc />
    [JsonIgnore]
    public override int MaximumCount => 1;

    /// <inheritdoc />
    public override ImmutableArray<PlannedAdministrationDate> Expand(LocalDate start) => [new(1, start, start, false)];
}
