namespace MscDomain.Safety;

/// <summary>
/// The one place <see cref="CtcaeVersion"/> is spelled as text: the version number (<c>5.0</c>, as CTCAE's own title and
/// CSV files write it), the label with its <c>v</c> (<c>v5.0</c>, the JSON wire name and display text), and the accepted
/// input spellings.
/// </summary>
/// <remarks>Accepted on input (case-insensitive, surrounding blanks ignored): <c>5</c>, <c>5.0</c>, <c>v5</c>, <c>v5.0</c>
/// and the same for 6 (NCI CTCAE v5.0, 2017; v6.0, 2025).</remarks>
public static class CtcaeVersionText
{
    /// <summary>Every supported version, oldest first.</summary>
    public static IReadOnlyList<CtcaeVersion> Supported { get; } = [CtcaeVersion.V5_0, CtcaeVersion.V6_0];

    /// <summary>The version number as CTCAE writes it: <c>5.0</c> or <c>6.0</c>.</summary>
    /// <param name="version">The version.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined version.</exception>
    public static string Number(CtcaeVersion version) => version switch
    {
        CtcaeVersion.V5_0 => "5.0",
        CtcaeVersion.V6_0 => "6.0",
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Not a defined CTCAE version (5.0 or 6.0)."),
    };

    /// <summary>The label with its <c>v</c>: <c>v5.0</c> or <c>v6.0</c> (the JSON wire name).</summary>
    /// <param name="version">The version.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined version.</exception>
    public static string Label(CtcaeVersion version) => "v" + Number(version);

    /// <summary>Reads a version in any accepted spelling (see remarks).</summary>
    /// <param name="text">The text.</param>
    /// <param name="version">The version when the result is <see langword="true"/>.</param>
    /// <returns>Whether the text is an accepted spelling.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CtcaeVersion version)
    {
        var t = text.Trim();
        if (t.Length > 0 && (t[0] == 'v' || t[0] == 'V'))
        {
            t = t[1..];
        }

        if (t is "5" or "5.0")
        {
            version = CtcaeVersion.V5_0;
            return true;
        }

        if (t is "6" or "6.0")
        {
            version = CtcaeVersion.V6_0;
            return true;
        }

        version = default;
        return false;
    }

    /// <summary>The accepted spellings, for error messages.</summary>
    public static string AcceptedSpellings => "5.0 or 6.0 (also 5, 6, v5.0, v6.0)";
}
