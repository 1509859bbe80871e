using System.Collections.Immutable;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Samples;

/// <summary>
/// The eight published MSC trials in multiple sclerosis bundled with the library as <see cref="TrialDocument"/>s
/// (samples/data/trials/*.json, embedded as resources): CONNICK-2012, LLUFRIU-2014, FERNANDEZ-2018, HARRIS-2018,
/// PETROU-2020, MESEMS-2021, COHEN-2023, HARRIS-2024.
/// </summary>
/// <remarks>
/// <para>Facts follow the project's trial notes (shared/domain/trials.md), which cite the journal articles, registry
/// records and review tables. Provenance markers are kept: results and adverse events carry
/// <see cref="Verification"/>; other fields that are secondary ([S]) or recalled ([R]) are listed in
/// <see cref="TrialDocument.Provenance"/>. A value not reported in the sources is written as "not reported" (for example
/// <c>NotReportedDose</c>, <see cref="NotReportedStatistic"/>), never silently omitted.</para>
/// <para>Each document is read through <see cref="MscDomainJson"/> (strict: unknown members, wrong types and broken domain
/// rules are rejected).</para>
/// </remarks>
public static class PublishedTrials
{
    private const string Prefix = "MscDomain.Samples.Trials.";

    private static readonly Lazy<ImmutableArray<TrialDocument>> All = new(LoadAllCore);

    /// <summary>The trial ids in publication order.</summary>
    public static ImmutableArray<string> Ids { get; } =
        ["CONNICK-2012", "LLUFRIU-2014", "FERNANDEZ-2018", "HARRIS-2018", "PETROU-2020", "MESEMS-2021", "COHEN-2023", "HARRIS-2024"];

    /// <summary>All bundled trials, in publication order (read once, then cached).</summary>
    /// <returns>The eight documents.</returns>
    /// <exception cref="InvalidOperationException">A bundled resource is missing (a packaging error).</exception>
    public static ImmutableArray<TrialDocument> LoadAll() => All.Value;

    /// <summary>One bundled trial by id (case-insensitive), e.g. "PETROU-2020".</summary>
    /// <param name="id">Trial id.</param>
    /// <returns>The document.</returns>
    /// <exception cref="KeyNotFoundException">No bundled trial has that id.</exception>
    public static TrialDocument Load(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return LoadAll().FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException($"No bundled trial '{id}'; known: {string.Join(", ", Ids)}.");
    }

    /// <summary>The JSON text of one bundled trial exactly as checked in.</summary>
    /// <param name="id">Trial id (case-insensitive).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="KeyNotFoundException">No bundled trial has that id.</exception>
    public static string ReadJson(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var name = Prefix + id.ToLowerInvariant() + ".json";
        using var stream = typeof(PublishedTrials).Assembly.GetManifestResourceStream(name)
            ?? throw new KeyNotFoundException($"No bundled trial '{id}'; known: {string.Join(", ", Ids)}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ImmutableArray<TrialDocument> LoadAllCore()
    {
        var builder = ImmutableArray.CreateBuilder<TrialDocument>(Ids.Length);
        foreach (var id in Ids)
        {
            string json;
            try
            {
                json = ReadJson(id);
            }
            catch (KeyNotFoundException ex)
            {
                throw new InvalidOperationException($"The bundled trial '{id}' is missing from {typeof(PublishedTrials).Assembly.GetName().Name}.", ex);
            }

            builder.Add(MscDomainJson.DeserializeTrial(json));
        }

        return builder.MoveToImmutable();
    }

    internal static IEnumerable<string> ResourceNames() =>
        typeof(PublishedTrials).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal));
}
