using FluentAssertions;
using MscDomain.Outcomes;
using MscDomain.Tabular;
using MscDomain.Tabular.Timelines;
using MscDomain.Trials;
using NodaTime;
using Xunit;
using MscDomain.Common;
using MscDomain.AdverseEvents;

namespace MscDomain.Tests.Tabular.Timelines;

public sealed class TimelinesCsvReaderTest : IDisposable
{
    private const string Participants = """
        id,arm,birth_date,sex,enrolment_date,course
        A,msc,1980-05-17,female,2020-01-10,relapsing-remitting
        B,placebo,1975,male,2020-02-01,
        """;

    private readonly TimelineCsvFixtures _f = new();

    public void Dispose() => _f.Dispose();

    private TimelineCsvReadResult Read(string? visits = null, string? relapses = null, string? administrations = null, string? labs = null, string? adverseEvents = null, string participants = Participants) =>
        TimelineCsvReader.Read(new TimelineCsvFiles(
            _f.Write("participants.csv", participants),
            visits is null ? null : _f.Write("visits.csv", visits),
            relapses is null ? null : _f.Write("relapses.csv", relapses),
            administrations is null ? null : _f.Write("administrations.csv", administrations),
            labs is null ? null : _f.Write("labs.csv", labs),
            AdverseEvents: adverseEvents is null ? null : _f.Write("adverse_events.csv", adverseEvents)));

    [Fact]
    public void Visit_row_yields_edss_with_fs_grades_then_t25fw_9hpt_sdmt()
    {
        var r = Read(visits: """
            id,date,edss,pyramidal,cerebellar,cerebral,t25fw,9hpt,sdmt
            A,2020-01-10,3.5,3,2,1,5.2,20.1,55
            """);

        var obs = r.Timelines[0].Observations;
        obs.Should().HaveCount(4);
        var edss = obs[0].Should().BeOfType<EdssObservation>().Subject;
        edss.Score.Should().Be(new EdssScore(3.5m));
        edss.FunctionalSystems.Should().Equal(
            new FunctionalSystemScore(FunctionalSystem.Pyramidal, 3), new FunctionalSystemScore(FunctionalSystem.Cerebellar, 2), new FunctionalSystemScore(FunctionalSystem.Cerebral, 1));
        obs.Skip(1).Cast<MeasureObservation>().Select(m => (m.Measure, m.Value, m.Unit)).Should().Equal(
            (OutcomeMeasure.TimedTwentyFiveFootWalk, 5.2m, "s"), (OutcomeMeasure.NineHolePegTest, 20.1m, "s"), (OutcomeMeasure.Sdmt, 55m, "{correct}"));
        r.Timelines[1].Observations.Should().BeEmpty();
    }

    [Fact]
    public void Participants_file_reads_baseline_arm_and_partial_birth_dates()
    {
        var r = Read();

        r.Timelines.Select(t => (t.ParticipantId, t.ArmId)).Should().Equal(("A", "msc"), ("B", "placebo"));
        r.Timelines[0].Baseline.BirthDate.Should().Be(new PartialDate(1980, 5, 17));
        r.Timelines[0].Baseline.Course!.Base.Should().Be(MscDomain.Disease.BaseCourse.RelapsingRemitting);
        r.Timelines[1].Baseline.BirthDate.Should().Be(new PartialDate(1975));
        r.Timelines[1].Baseline.Course.Should().BeNull();
        r.Summary.Files[0].RowsRead.Should().Be(2);
    }

    [Fact]
    public void Birth_year_column_is_accepted_when_birth_date_is_absent()
    {
        var r = Read(participants: "id,birth_year,sex,enrolment_date\nA,1980,female,2020-01-10\n");

        r.Timelines[0].Baseline.BirthDate.Should().Be(new PartialDate(1980));
    }

    [Fact]
    public void Edss_half_point_is_rejected_with_file_line_column_value_and_rule()
    {
        var act = () => Read(visits: "id,date,edss\nA,2020-01-10,2.0\nA,2020-06-10,0.5\n");

        var e = act.Should().Throw<TabularInputException>().Which;
        (e.File.EndsWith("visits.csv", StringComparison.Ordinal), e.Line, e.Column).Should().Be((true, 3, "edss"));
        e.Message.Should().Contain("'0.5'").And.Contain("0 or 1.0 to 10 in steps of 0.5");
    }

    [Fact]
    public void Visit_before_birth_is_rejected_on_its_line()
    {
        var act = () => Read(visits: "id,date,edss\nA,1980-05-16,1.0\n");

        var e = act.Should().Throw<TabularInputException>().Which;
        (e.Line, e.Column).Should().Be((2, "date"));
        e.Message.Should().Contain("1980-05-16").And.Contain("before birth (1980-05-17)");
    }

    [Fact]
    public void Visit_on_the_day_of_birth_is_accepted()
    {
        Read(visits: "id,date,edss\nA,1980-05-17,0\n").Timelines[0].Observations.Should().ContainSingle();
    }

    [Fact]
    public void Fs_grade_above_the_system_maximum_is_rejected()
    {
        // Kurtzke 1983: cerebral 0..5, pyramidal 0..6.
        Read(visits: "id,date,edss,pyramidal\nA,2020-01-10,6.0,6\n").Timelines[0].Observations.Should().ContainSingle();
        var act = () => Read(visits: "id,date,edss,cerebral\nA,2020-01-10,6.0,6\n");

        act.Should().Throw<TabularInputException>().Which.Column.Should().Be("cerebral");
    }

    [Fact]
    public void Fs_grades_without_edss_are_an_error_not_dropped()
    {
        var act = () => Read(visits: "id,date,edss,pyramidal\nA,2020-01-10,,3\n");

        act.Should().Throw<TabularInputException>().Which.Column.Should().Be("edss");
    }

    [Fact]
    public void Unknown_participants_and_empty_visits_are_skipped_and_reported_with_lines()
    {
        var r = Read(
            visits: "id,date,edss\nA,2020-01-10,2.0\nZ,2020-01-10,2.0\nA,2020-02-10,\nZ,2020-03-10,1.0\n",
            relapses: "id,date\nQ,2020-05-01\nA,2020-05-01\n");

        var visits = r.Summary.Files.Single(f => f.Kind == "visits");
        visits.RowsRead.Should().Be(1);
        visits.Skipped.Select(s => (s.Line, s.Reason, s.Detail)).Should().Equal(
            (3, TimelineCsvReader.UnknownParticipant, "Z"), (4, TimelineCsvReader.EmptyVisit, null), (5, TimelineCsvReader.UnknownParticipant, "Z"));
        visits.SkippedByReason.Should().BeEquivalentTo(new Dictionary<string, int> { [TimelineCsvReader.UnknownParticipant] = 2, [TimelineCsvReader.EmptyVisit] = 1 });
        r.Summary.Files.Single(f => f.Kind == "relapses").Skipped.Should().ContainSingle().Which.Line.Should().Be(2);
        r.Summary.SkippedRows.Should().Be(4);
        r.Summary.Describe().Should().Contain("2 x participant not in the participants file: lines 3 (Z), 5 (Z)");
    }

    [Fact]
    public void Duplicate_participant_id_is_an_error_naming_the_first_line()
    {
        var act = () => Read(participants: Participants + "\nA,msc,1980,female,2020-01-10,\n");

        act.Should().Throw<TabularInputException>().WithMessage("*line 2*unique*");
    }

    [Fact]
    public void Dose_before_enrolment_is_rejected_but_a_planned_one_is_not()
    {
        var header = "id,date,status,product_id,route,dose_millions_per_kg\n";
        Read(administrations: header + "A,2020-01-09,planned,,,\n").Timelines[0].Administrations.Should().ContainSingle();
        Read(administrations: header + "A,2020-01-10,completed,msc,intravenous,1.5\n").Timelines[0].Administrations.Should().ContainSingle();

        var act = () => Read(administrations: header + "A,2020-01-09,completed,msc,intravenous,1.5\n");

        act.Should().Throw<TabularInputException>().Which.Message.Should().Contain("before enrolment (2020-01-10)");
    }

    [Fact]
    public void Completed_administration_without_component_is_an_error_on_its_line()
    {
        var act = () => Read(administrations: "id,date,status,product_id,route\nA,2020-02-01,completed,,\n");

        var e = act.Should().Throw<TabularInputException>().Which;
        (e.Line, e.Column).Should().Be((2, "product_id"));
    }

    [Fact]
    public void Continuation_row_must_follow_its_administration()
    {
        var act = () => Read(administrations: "id,date,status,component,product_id,route\nA,2020-02-01,completed,1,msc,intravenous\nA,2020-02-02,,2,msc,intrathecal\n");

        act.Should().Throw<TabularInputException>().Which.Line.Should().Be(3);
    }

    [Fact]
    public void Unknown_enum_text_lists_the_accepted_values()
    {
        var act = () => Read(administrations: "id,date,status\nA,2020-02-01,given\n");

        act.Should().Throw<TabularInputException>().WithMessage("*'given'*planned, completed, partial, not-given, allocated-not-dosed*");
    }

    [Fact]
    public void Enum_cells_are_read_as_their_json_wire_names()
    {
        var r = Read(administrations: "id,date,status,reason\nA,2020-02-01,not-given,refused\nA,2020-03-01,allocated-not-dosed,withdrew\n");

        r.Timelines[0].Administrations.Select(a => a.Status).Should().Equal(MscDomain.Dosing.AdministrationStatus.NotGiven, MscDomain.Dosing.AdministrationStatus.AllocatedNotDosed);
    }

    [Theory]
    [InlineData("not_given")]
    [InlineData("AllocatedNotDosed")]
    [InlineData("Not-Given")]
    public void Snake_case_and_pascal_case_enum_spellings_are_rejected_like_json_rejects_them(string status)
    {
        var act = () => Read(administrations: $"id,date,status,reason\nA,2020-02-01,{status},refused\n");

        act.Should().Throw<TabularInputException>().Where(e => e.Column == "status" && e.Message.Contains("not-given"));
    }

    [Theory]
    [InlineData("5.0")]
    [InlineData("5")]
    [InlineData("V5.0")]
    public void A_ctcae_version_without_its_v_is_rejected_naming_the_spelling_to_use(string version)
    {
        var act = () => Read(adverseEvents: $"id,ae_id,term,onset,grade,ctcae_version\nA,ae1,fever,2020-02-01,3,{version}\n");

        act.Should().Throw<TabularInputException>().Where(e => e.Column == "ctcae_version" && e.Message.Contains("v5.0, v6.0"));
    }

    [Fact]
    public void Labs_keep_reference_limits_and_reject_uln_below_lln()
    {
        Read(labs: "id,date,analyte,value,unit,lln,uln\nA,2020-01-10,ALT,30,U/L,7,56\n").Timelines[0].LabMeasurements.Should().ContainSingle()
            .Which.Should().Be(new LabMeasurement("ALT", 30m, "U/L", new LocalDate(2020, 1, 10), 7m, 56m));

        var act = () => Read(labs: "id,date,analyte,value,unit,lln,uln\nA,2020-01-10,ALT,30,U/L,56,7\n");
        act.Should().Throw<TabularInputException>().Which.Column.Should().Be("uln");
    }

    [Fact]
    public void Adverse_event_reads_several_seriousness_criteria_and_ctcae_grade()
    {
        var r = Read(adverseEvents: "id,ae_id,term,onset,grade,ctcae_version,serious\nA,ae1,fever,2020-02-01,3,v5.0,hospitalisation; important-medical-event\n");

        var ae = r.Timelines[0].AdverseEvents.Should().ContainSingle().Subject;
        ae.SeriousnessCriteria.Should().Be(SeriousnessCriteria.Hospitalisation | SeriousnessCriteria.ImportantMedicalEvent);
        ae.Severity.Should().Be(new AdverseEventSeverity(3, CtcaeVersion.V5_0));
    }

    [Fact]
    public void Adverse_event_grade_without_ctcae_version_is_an_error()
    {
        var act = () => Read(adverseEvents: "id,ae_id,term,onset,grade\nA,ae1,fever,2020-02-01,3\n");

        act.Should().Throw<TabularInputException>().Which.Column.Should().Be("ctcae_version");
    }

    [Fact]
    public void Column_mapping_renames_id_date_and_edss()
    {
        var columns = TimelineCsvColumns.Default with { Id = "patient", Date = "visit_date", Edss = "EDSS_score" };
        var r = TimelineCsvReader.Read(
            new TimelineCsvFiles(_f.Write("p.csv", "patient,birth_date,sex,enrolment_date\nA,1980,female,2020-01-10\n"), _f.Write("v.csv", "patient,visit_date,edss_score\nA,2020-01-10,2.5\n")),
            columns);

        r.Timelines[0].Observations.Should().ContainSingle().Which.Should().BeOfType<EdssObservation>().Which.Score.Should().Be(new EdssScore(2.5m));
    }

    [Fact]
    public void Missing_required_column_names_the_file_and_column()
    {
        var act = () => Read(visits: "id,edss\nA,2.0\n");

        act.Should().Throw<TabularInputException>().Which.Column.Should().Be("date");
    }
}
