namespace MscDomain.AdverseEvents;

/// <summary>A code from a code system with a readable label, e.g. NCIt <c>C41340</c> for CTCAE grade 3.</summary>
/// <param name="System">The code system URI (for NCIt <see cref="AdverseEventCodes.NcitSystem"/>).</param>
/// <param name="Code">The code, e.g. <c>C41340</c>.</param>
/// <param name="Display">A readable label (for orientation; not necessarily the code system's preferred name).</param>
public sealed record CodedConcept(string System, string Code, string Display);
