namespace MscDomain.Plotting;

/// <summary>Marker for the MscDomain.Plotting assembly.</summary>
internal static class AssemblyMarker
{
}
