using FluentAssertions;
using MscDomain.Serialization;
using MscDomain.Tabular.Timelines;
using MscDomain.Trials;
using Xunit;

namespace MscDomain.Tests.Tabular.Timelines;

public sealed class TimelinesCsvRoundTripTest : IDisposable
{
    private readonly TimelineCsvFixtures _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public void Export_then_import_gives_back_the_same_cohort_json()
    {
        var cohort = TimelineCsvFixtures.Cohort();
        TimelineCsvWriter.WriteCohort(cohort, _f.Dir);

        var read = TimelineCsvReader.ReadDirectory(_f.Dir);

        MscDomainJson.Serialize(read.ToCohort()).Should().Be(MscDomainJson.Serialize(cohort));
        read.Summary.SkippedRows.Should().Be(0);
    }

    [Fact]
    public void Export_is_stable_export_import_export_writes_identical_files()
    {
        var first = Path.Combine(_f.Dir, "a");
        var second = Path.Combine(_f.Dir, "b");
        TimelineCsvWriter.WriteCohort(TimelineCsvFixtures.Cohort(), first);
        TimelineCsvWriter.WriteCohort(TimelineCsvReader.ReadDirectory(first).ToCohort(), second);

        foreach (var file in Directory.GetFiles(first))
        {
            File.ReadAllText(Path.Combine(second, Path.GetFileName(file))).Should().Be(File.ReadAllText(file), Path.GetFileName(file));
        }
    }

    [Fact]
    public void Same_day_assessments_out_of_column_order_take_one_row_per_run()
    {
        // Awkward() on 2021-01-10: SDMT, EDSS, 9HPT(dominant), 9HPT(non-dominant), T25FW.
        // Rows: [SDMT] | [EDSS + 9HPT dominant in generic] | [9HPT non-dominant generic] | then T25FW needs a new row
        // after a generic slot. 2021-07-10: [serum NfL generic] | [other generic] | [EDSS].
        TimelineCsvWriter.WriteTimelines([TimelineCsvFixtures.Awkward()], _f.Dir);
        var lines = File.ReadAllLines(Path.Combine(_f.Dir, TimelineCsvFiles.VisitsFileName));

        lines[0].Should().Be("id,date,edss,pyramidal,cerebellar,brainstem,sensory,bowel_bladder,visual,cerebral,ambulation,t25fw,nhpt,sdmt,measure,value,unit,laterality,name,fs_order");
        lines.Skip(1).Should().Equal(
            "P-002,2021-01-10,,,,,,,,,,,,48,,,,,,",
            "P-002,2021-01-10,4.0,,,,,,1,2,,,,,nine-hole-peg-test,21.3,s,dominant-hand,,",
            "P-002,2021-01-10,,,,,,,,,,,,,nine-hole-peg-test,23.9,s,non-dominant-hand,,",
            "P-002,2021-01-10,,,,,,,,,,6.10,,,,,,,,",
            "P-002,2021-07-10,,,,,,,,,,,,,serum-nfl,12.4,pg/mL,,,",
            "P-002,2021-07-10,,,,,,,,,,,,,other,3,{score},,fatigue scale,",
            "P-002,2021-07-10,4.5,,,,,,,,,,,,,,,,,");
    }

    [Fact]
    public void Fs_grades_in_another_order_are_kept_through_fs_order()
    {
        var t = TimelineCsvFixtures.Awkward();
        var edss = new MscDomain.Outcomes.EdssObservation(new NodaTime.LocalDate(2021, 3, 3), new MscDomain.Outcomes.EdssScore(3.0m),
            [new(MscDomain.Outcomes.FunctionalSystem.Cerebral, 1), new(MscDomain.Outcomes.FunctionalSystem.Pyramidal, 2)]);
        var changed = new ParticipantTimeline(t.SchemaVersion, t.ParticipantId, t.Baseline, [], [edss], [], [], []);

        TimelineCsvWriter.WriteTimelines([changed], _f.Dir);

        File.ReadAllLines(Path.Combine(_f.Dir, TimelineCsvFiles.VisitsFileName))[1].Should().EndWith(",cerebral;pyramidal");
        MscDomainJson.Serialize(TimelineCsvReader.ReadDirectory(_f.Dir).Timelines.Single()).Should().Be(MscDomainJson.Serialize(changed));
    }

    [Fact]
    public void Multi_component_administration_writes_a_continuation_row_and_quotes_commas()
    {
        TimelineCsvWriter.WriteTimelines([TimelineCsvFixtures.Awkward()], _f.Dir);
        var lines = File.ReadAllLines(Path.Combine(_f.Dir, TimelineCsvFiles.AdministrationsFileName));

        lines.Skip(1).Should().Equal(
            "P-002,2021-01-12,partial,,,,,,,1,msc-iv,intravenous,,1.50,,,true",
            "P-002,2021-01-12,,,,,,,,2,msc-it,intrathecal,10,,2.5,\"L, \"\"quoted\"\"\",false",
            "P-002,2021-02-12,planned,,,2,,,,,,,,,,,");
    }

    [Fact]
    public void Causality_assessments_round_trip()
    {
        var t = TimelineCsvFixtures.Awkward();
        var ae = t.AdverseEvents[0];
        var withCausality = new MscDomain.AdverseEvents.AdverseEvent(ae.Id, ae.VerbatimTerm, onsetDate: new NodaTime.LocalDate(2021, 1, 20),
            investigatorCausality: new MscDomain.AdverseEvents.CausalityAssessment(MscDomain.AdverseEvents.CausalityCategory.Probable, "WHO-UMC", new NodaTime.LocalDate(2021, 1, 22)),
            sponsorCausality: new MscDomain.AdverseEvents.CausalityAssessment(MscDomain.AdverseEvents.CausalityCategory.NotRelated));
        var changed = new ParticipantTimeline(t.SchemaVersion, t.ParticipantId, t.Baseline, t.Administrations, t.Observations, t.Relapses, t.LabMeasurements, [withCausality]);

        TimelineCsvWriter.WriteTimelines([changed], _f.Dir);
        var back = TimelineCsvReader.ReadDirectory(_f.Dir).Timelines.Single();

        MscDomainJson.Serialize(back).Should().Be(MscDomainJson.Serialize(changed));
        File.ReadAllText(Path.Combine(_f.Dir, TimelineCsvFiles.AdverseEventsFileName)).Should().Contain("probable,WHO-UMC,2021-01-22,not-related,,");
    }

    [Fact]
    public void Demonstration_cohort_round_trips_through_csv()
    {
        var cohort = MscDomain.Samples.DemonstrationCohort.Load();
        TimelineCsvWriter.WriteCohort(cohort, _f.Dir);

        var read = TimelineCsvReader.ReadDirectory(_f.Dir);

        read.Summary.SkippedRows.Should().Be(0);
        read.Timelines.Length.Should().Be(cohort.Participants.Length);
        MscDomainJson.Serialize(read.ToCohort()).Should().Be(MscDomainJson.Serialize(cohort));
    }

    [Fact]
    public void Read_result_without_cohort_file_needs_an_id()
    {
        TimelineCsvWriter.WriteTimelines([TimelineCsvFixtures.Awkward()], _f.Dir);
        var read = TimelineCsvReader.ReadDirectory(_f.Dir);

        read.CohortId.Should().BeNull();
        ((Action)(() => read.ToCohort())).Should().Throw<ArgumentException>().WithMessage("*cohort id*");
        read.ToCohort("c1").Participants.Should().ContainSingle().Which.ParticipantId.Should().Be("P-002");
    }
}
