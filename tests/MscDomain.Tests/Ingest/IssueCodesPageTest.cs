using System.Text.RegularExpressions;
using MscDomain.Common;
using MscDomain.Tests.Trials;

namespace MscDomain.Tests.Ingest;

public sealed partial class IssueCodesPageTest
{
    [Fact]
    public void The_docs_page_lists_exactly_the_codes_with_their_meanings()
    {
        var page = File.ReadAllText(Path.Combine(PublishedTrialsTest.RepoRoot(), "docs", "issue-codes.md"));
        var rows = Row().Matches(page).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        rows.Should().BeEquivalentTo(DataIssueCodes.All);
    }

    [Fact]
    public void Every_constant_is_in_All_and_codes_are_unique()
    {
        var constants = typeof(DataIssueCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        constants.Should().OnlyHaveUniqueItems();
        constants.Should().BeEquivalentTo(DataIssueCodes.All.Keys);
    }

    [GeneratedRegex(@"^\| (MSC\d{4}) \| (.*) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
