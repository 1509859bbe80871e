namespace MscDomain.Serialization;

/// <summary>
/// Thrown by a fast reader (<see cref="FastReaders"/>) when its input is anything but the plain, valid case: the facade then
/// reads the whole document again through System.Text.Json's own contract, which accepts or reports it exactly as before.
/// Never escapes the facade.
/// </summary>
internal sealed class FastReadMiss : Exception
{
    /// <summary>The one instance (no state; thrown only to unwind).</summary>
    internal static readonly FastReadMiss Instance = new();

    private FastReadMiss()
        : base("internal: the fast JSON reader declined this input")
    {
    }
}
