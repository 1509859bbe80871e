using FluentAssertions;
using MscDomain.Serialization;
using MscDomain.Tabular;
using MscDomain.Tabular.Timelines;
using MscDomain.Trials;
using Xunit;

namespace MscDomain.Tests.Tabular.Timelines;

/// <summary>The README's "CSV to timelines" snippet, compiled and run.</summary>
public sealed class TimelinesCsvReadmeExampleTest : IDisposable
{
    private readonly TimelineCsvFixtures _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void Readme_snippet_reads_a_directory_reports_skips_and_writes_back()
    {
        _f.Write("participants.csv", "id,arm,birth_date,sex,enrolment_date,course\nP1,msc,1980-05,female,2020-01-10,secondary-progressive\n");
        _f.Write("visits.csv", "id,date,edss,pyramidal,t25fw,9hpt,sdmt\nP1,2020-01-10,4.5,3,6.1,21.0,50\nP9,2020-01-10,3.0,,,,\n");
        var dir = _f.Dir;
        var output = Path.Combine(dir, "out");
        var log = new StringWriter();

        // --- README snippet ---
        TimelineCsvReadResult read;
        try
        {
            read = TimelineCsvReader.ReadDirectory(dir);            // participants.csv + optional visits/relapses/... .csv
        }
        catch (TabularInputException e)
        {
            log.WriteLine(e.Message);                               // e.g. "visits.csv:3 column 'edss': value '0.5' is not an EDSS score; ..."
            throw;
        }

        log.Write(read.Summary.Describe());                         // rows read/skipped per file, each skip with line and reason
        CohortDocument cohort = read.ToCohort("demo");
        string json = MscDomainJson.Serialize(cohort);
        TimelineCsvWriter.WriteCohort(cohort, output);              // the same layout back (export -> import round-trips)
        // --- end ---

        log.ToString().Should().Contain("1 x participant not in the participants file: lines 3 (P9)");
        json.Should().Contain("\"participantId\": \"P1\"");
        TimelineCsvReader.ReadDirectory(output).ToCohort().Participants.Should().ContainSingle().Which.Observations.Should().HaveCount(4);
    }
}
