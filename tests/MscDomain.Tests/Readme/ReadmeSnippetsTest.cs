using System.Text.RegularExpressions;

namespace MscDomain.Tests.Readme;

/// <summary>
/// Every <c>&lt;!-- snippet: name --&gt;</c> code block in README.md equals the <c>#region name</c> of
/// <see cref="ReadmeExamplesTest"/>, which is compiled and run; and every region is used.
/// </summary>
public sealed partial class ReadmeSnippetsTest
{
    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MscDomain.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("MscDomain.sln not found above " + AppContext.BaseDirectory);
    }

    private static Dictionary<string, string> Regions()
    {
        var source = File.ReadAllText(RepoFile("tests", "MscDomain.Tests", "Readme", "ReadmeExamplesTest.cs"));
        return RegionPattern().Matches(source).ToDictionary(m => m.Groups[1].Value, m => Dedent(m.Groups[2].Value));
    }

    private static Dictionary<string, string> Snippets()
    {
        var readme = File.ReadAllText(RepoFile("README.md"));
        return SnippetPattern().Matches(readme).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.TrimEnd());
    }

    private static string Dedent(string block)
    {
        var lines = block.Replace("\r\n", "\n").Split('\n').Where((l, i) => true).ToList();
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[0])) lines.RemoveAt(0);
        while (lines.Count > 0 && string.IsNullOrWhiteSpace(lines[^1])) lines.RemoveAt(lines.Count - 1);
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).TrimEnd();
    }

    [Fact]
    public void Every_readme_snippet_is_a_compiled_region()
    {
        var regions = Regions();
        var snippets = Snippets();
        snippets.Should().NotBeEmpty();
        foreach (var (name, code) in snippets)
        {
            regions.Should().ContainKey(name, $"README.md snippet '{name}' must be a #region of ReadmeExamplesTest.cs");
            code.Should().Be(regions[name], $"README.md snippet '{name}' must equal its compiled region");
        }
    }

    [Fact]
    public void Every_region_is_shown_in_the_readme() =>
        Snippets().Keys.Should().BeEquivalentTo(Regions().Keys);

    [GeneratedRegex(@"#region ([\w-]+)\n(.*?)\n\s*#endregion", RegexOptions.Singleline)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"<!-- snippet: ([\w-]+) -->\s*```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SnippetPattern();
}
