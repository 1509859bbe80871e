using System.Text.Json.Nodes;
using FluentAssertions;
using MscDomain.Serialization;
using Xunit;

namespace MscDomain.Tests.Cli;

public sealed class SchemaCommandTest : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private static string CheckedIn()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "schema", "mscdomain.schema.json")))
        {
            dir = dir.Parent;
        }

        return File.ReadAllText(Path.Combine(dir!.FullName, "schema", "mscdomain.schema.json"));
    }

    [Fact]
    public void Prints_the_checked_in_schema()
    {
        var (code, stdout, _) = _cli.Run("schema");

        code.Should().Be(0);
        stdout.Should().Be(CheckedIn());
        JsonNode.Parse(stdout)!["$schema"]!.GetValue<string>().Should().Be(MscDomainJsonSchema.Dialect);
    }

    [Fact]
    public void Output_option_writes_the_file_and_leaves_no_temporary_file()
    {
        var path = _cli.PathOf("s.json");

        var (code, stdout, _) = _cli.Run("schema", "--output", path);

        code.Should().Be(0);
        stdout.Should().Contain("wrote");
        File.ReadAllText(path).Should().Be(CheckedIn());
        Directory.GetFiles(_cli.Dir).Should().ContainSingle();
    }

    [Fact]
    public void Stray_argument_is_bad_usage()
    {
        _cli.Run("schema", "extra").Code.Should().Be(2);
    }
}
