using System.Reflection;
using System.Text.RegularExpressions;
using MscDomain.Serialization;
using MscDomain.Tests.Trials;

namespace MscDomain.Tests.Conventions;

/// <summary>
/// docs/public-surface.md is the type-by-type review of the public surface (issue 9, point 1). It stays true: every
/// public type of every library package has a "kept" row under its namespace, and a type the page says was made internal
/// or removed is not public again. A new public type therefore needs a decision and a reason written down.
/// </summary>
public sealed partial class PublicSurfacePageTest
{
    private static readonly Assembly[] Packages =
    [
        typeof(MscDomainJson).Assembly,
        typeof(MscDomain.Tabular.TabularInputException).Assembly,
        typeof(MscDomain.Plotting.KaplanMeierPlot).Assembly,
        typeof(MscDomain.Fhir.MscDomainFhir).Assembly,
        typeof(MscDomain.Interactive.MscDomainHtml).Assembly,
    ];

    [Fact]
    public void Every_public_type_has_a_kept_row_under_its_namespace()
    {
        var rows = Rows();
        var missing = PublicTypes()
            .Where(t => !rows.TryGetValue(t, out var decision) || decision != "kept")
            .Select(t => $"{t.Namespace}: {t.Name}")
            .ToList();
        missing.Should().BeEmpty(
            "docs/public-surface.md must give every public type a row '| `Name` | kind | kept | reason |' under '### Namespace' " +
            "(or the type should be internal: see the page)");
    }

    [Fact]
    public void Types_the_page_made_internal_or_removed_are_not_public()
    {
        var publicTypes = PublicTypes().ToHashSet();
        var back = Rows()
            .Where(r => r.Value != "kept" && publicTypes.Contains(r.Key))
            .Select(r => $"{r.Key.Namespace}: {r.Key.Name} ({r.Value})")
            .ToList();
        back.Should().BeEmpty("the page records these as no longer public; update the row if that decision changed");
    }

    [Fact]
    public void The_page_lists_no_type_twice_and_every_kept_row_is_a_public_type()
    {
        var page = ReadRows().ToList();
        page.GroupBy(r => r.Key).Where(g => g.Count() > 1).Select(g => g.Key.ToString()).Should().BeEmpty();
        var publicTypes = PublicTypes().ToHashSet();
        page.Where(r => r.Decision == "kept" && !publicTypes.Contains(r.Key)).Select(r => r.Key.ToString())
            .Should().BeEmpty("a kept row names a public type; rename or drop rows of types that are gone");
    }

    private static IEnumerable<(string Namespace, string Name)> PublicTypes() =>
        Packages.SelectMany(a => a.GetExportedTypes()).Select(t => (t.Namespace ?? string.Empty, DisplayName(t)));

    /// <summary>The type's name as the page writes it: <c>IngestResult&lt;T&gt;</c>, <c>Outer.Inner</c>.</summary>
    private static string DisplayName(Type t)
    {
        var name = t.IsGenericTypeDefinition
            ? $"{t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", t.GetGenericArguments().Select(a => a.Name))}>"
            : t.Name;
        return t.DeclaringType is { } outer ? $"{DisplayName(outer)}.{name}" : name;
    }

    private static Dictionary<(string Namespace, string Name), string> Rows() =>
        ReadRows().GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First().Decision);

    private static IEnumerable<((string Namespace, string Name) Key, string Decision)> ReadRows()
    {
        var ns = string.Empty;
        foreach (var line in File.ReadLines(Path.Combine(PublishedTrialsTest.RepoRoot(), "docs", "public-surface.md")))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                ns = line[4..].Trim();
                continue;
            }

            var m = RowPattern().Match(line);
            if (m.Success && ns.Length > 0)
            {
                yield return ((ns, m.Groups["name"].Value), m.Groups["decision"].Value.Trim().Trim('*'));
            }
        }
    }

    [GeneratedRegex(@"^\| `(?<name>[^`]+)` \| [^|]+ \| (?<decision>[^|]+) \|")]
    private static partial Regex RowPattern();
}
