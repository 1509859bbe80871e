using System.Collections.Immutable;
using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Dosing;

/// <summary>When the administrations of one regimen phase happen (a closed hierarchy; products-and-dosing.md §4).</summary>
/// <remarks>JSON <c>kind</c>: <c>"single"</c> (<see cref="SingleAdministration"/>), <c>"repeated"</c>
/// (<see cref="RepeatedAdministration"/>: fixed or ranged count and interval, daily × n, up to n),
/// <c>"within-window"</c> (<see cref="WithinWindowSchedule"/>: n administrations within a window).</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(SingleAdministration), "single")]
[JsonDerivedType(typeof(RepeatedAdministration), "repeated")]
[JsonDerivedType(typeof(WithinWindowSchedule), "within-window")]
[JsonDerivedType(typeof(RepeatedWithoutInterval), "repeated-interval-not-reported")]
public abstract record Schedule
{
    private protected Schedule()
    {
    }

    /// <summary>The fewest planned administrations.</summary>
    public abstract int MinimumCount { get; }

    /// <summary>The most planned administrations.</summary>
    public abstract int MaximumCount { get; }

    /// <summary>The planned administration dates from <paramref name="start"/>, each as an earliest–latest window.</summary>
    /// <param name="start">Date of the first administration.</param>
    /// <returns>One entry per administration up to <see cref="MaximumCount"/>; entries beyond <see cref="MinimumCount"/> are optional.</returns>
    public abstract ImmutableArray<PlannedAdministrationDate> Expand(LocalDate start);
}
