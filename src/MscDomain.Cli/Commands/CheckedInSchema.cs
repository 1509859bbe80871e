namespace MscDomain.Cli.Commands;

/// <summary>
/// The checked-in schema/mscdomain.schema.json, embedded in the tool. A golden test keeps it equal to
/// <see cref="MscDomain.Serialization.MscDomainJsonSchema.Export"/>; the tool uses the file so that what it validates
/// against is exactly what Python/JavaScript users validate against.
/// </summary>
internal static class CheckedInSchema
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(CheckedInSchema).Assembly.GetManifestResourceStream("MscDomain.Cli.mscdomain.schema.json")
            ?? throw new InvalidOperationException("The embedded schema resource MscDomain.Cli.mscdomain.schema.json is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The schema text.</summary>
    public static string Json => Text.Value;
}
