using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.Outcomes;

/// <summary>An assessment of a participant on a date (closed hierarchy).</summary>
/// <remarks>JSON <c>kind</c>: <c>"edss"</c> (<see cref="EdssObservation"/>, with functional systems), <c>"measure"</c>
/// (<see cref="MeasureObservation"/>, any other catalogue measure).</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(EdssObservation), "edss")]
[JsonDerivedType(typeof(MeasureObservation), "measure")]
public abstract record Observation
{
    private protected Observation(LocalDate date) => Date = date;

    /// <summary>Date of the assessment.</summary>
    public LocalDate Date { get; }

    /// <summary>The measure observed.</summary>
    public abstract OutcomeMeasure Measure { get; }
}
