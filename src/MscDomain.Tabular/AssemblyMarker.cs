namespace MscDomain.Tabular;

/// <summary>Marker for the MscDomain.Tabular assembly.</summary>
internal static class AssemblyMarker
{
}
