namespace MscDomain.Disability;

/// <summary>Per-participant event counts (msprog <c>event_count</c>).</summary>
/// <param name="Cdi">Confirmed improvements reported.</param>
/// <param name="Cdw">Confirmed worsenings reported, whatever their class.</param>
/// <param name="Raw">Relapse-associated worsenings.</param>
/// <param name="Pira">Progressions independent of relapse activity.</param>
/// <param name="Undefined">Worsenings that are neither RAW nor PIRA.</param>
/// <param name="EventSequence">Labels of the reported events in onset order joined with ", " (CDI, PIRA, RAW or CDW); empty when event-free.</param>
public sealed record ConfirmedChangeCounts(int Cdi, int Cdw, int Raw, int Pira, int Undefined, string EventSequence);
