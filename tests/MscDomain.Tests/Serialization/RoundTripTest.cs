using MscDomain.Cells;
using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Mechanisms;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using MscDomain.Tests.Trials;
using MscDomain.Trials;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Tests.Serialization;

public sealed class RoundTripTest
{
    private static T RoundTrip<T>(T value)
    {
        var json = MscDomainJson.Serialize(value);
        var back = MscDomainJson.Deserialize<T>(json);
        MscDomainJson.Serialize(back).Should().Be(json, "re-serialising must reproduce the same JSON");
        back.Should().BeEquivalentTo(value, o => o.RespectingRuntimeTypes());
        return back;
    }

    [Fact]
    public void Trial_document_round_trips() => RoundTrip(SampleDocuments.Petrou2020());

    [Fact]
    public void Timeline_round_trips() => RoundTrip(SampleDocuments.Timeline());

    [Fact]
    public void Cohort_round_trips() =>
        RoundTrip(new CohortDocument(MscDomainSchemaVersion.Current, "c1", [SampleDocuments.Timeline()], "PETROU-2020"));

    [Fact]
    public void Structs_round_trip_with_non_zero_values()
    {
        RoundTrip(new CellCount(70.5m)).Millions.Should().Be(70.5m);
        RoundTrip(new CellsPerKg(1.6m)).MillionsPerKg.Should().Be(1.6m);
        RoundTrip(new WeightKg(70m)).Kilograms.Should().Be(70m);
        RoundTrip(new CellConcentration(12.5m)).MillionsPerMl.Should().Be(12.5m);
        RoundTrip(new VolumeMl(5m)).Millilitres.Should().Be(5m);
        RoundTrip(new Percentage(95.5m)).Value.Should().Be(95.5m);
        RoundTrip(new EdssScore(6.5m)).Value.Should().Be(6.5m);
        RoundTrip(new FunctionalSystemScore(FunctionalSystem.Cerebral, 5)).Should().Be(new FunctionalSystemScore(FunctionalSystem.Cerebral, 5));
        RoundTrip(CalendarInterval.Months(6)).Should().Be(CalendarInterval.Months(6));
        RoundTrip(new PartialDate(2019, 3)).Should().Be(new PartialDate(2019, 3));
    }

    [Fact]
    public void Struct_json_shapes_carry_units_in_member_names()
    {
        MscDomainJson.Serialize(new CellsPerKg(1.6m)).Should().Contain("\"millionsPerKg\": 1.6");
        MscDomainJson.Serialize(new CellCount(70m)).Should().Contain("\"millions\": 70");
        MscDomainJson.Serialize(new EdssScore(3.5m)).Should().Be("3.5");
        MscDomainJson.Serialize(new PartialDate(2019)).Should().Be("\"2019\"");
    }

    [Fact]
    public void Polymorphic_parts_round_trip()
    {
        RoundTrip<DoseSpecification>(PerKgDose.Range(1m, 2m, verbatim: "1–2 × 10^6 cells/kg"));
        RoundTrip<DoseSpecification>(new FixedDose(null, new CellCount(10m), CountedEntity.NeuralProgenitors));
        RoundTrip<DoseSpecification>(new VolumeDose(new VolumeMl(10m)));
        RoundTrip<DoseSpecification>(new NotReportedDose());
        RoundTrip<DoseSpecification>(new PerKgDose(null, null, CountedEntity.Cells, new CellCount(150m), new DoseSummary(1.6m, null, 1.1m, 2.0m, null, 10)));
        RoundTrip<Schedule>(new RepeatedAdministration(4, 8, CalendarInterval.Days(30)));
        RoundTrip<Schedule>(new RepeatedAdministration(1, 3, CalendarInterval.Months(6), CalendarInterval.Months(12)));
        RoundTrip<Schedule>(new WithinWindowSchedule(3, CalendarInterval.Weeks(16)));
        RoundTrip<Schedule>(new SingleAdministration());
        RoundTrip<ResultStatistic>(new ProportionStatistic(13, 31));
    }

    [Fact]
    public void Other_registered_types_round_trip()
    {
        RoundTrip(new CellProduct("d", "donor MSC", CellProductKind.Msc, TissueSource.UmbilicalCordTissue, new IdentifiedDonor("DIN-1", 25, Sex.Male, "bank"), []));
        RoundTrip(new DiseaseCourse(BaseCourse.RelapsingRemitting, ActivityModifier.NotActive, ProgressionModifier.NotApplicable));
        RoundTrip(MechanismLibrary.Claims[4]);
        RoundTrip(new Relapse(new LocalDate(2020, 1, 1)));
        RoundTrip(new LabMeasurement("NFL", 12.5m, "pg/mL", new LocalDate(2020, 1, 1)));
        RoundTrip(IsctCriteria.Evaluate(new IsctPanel(Cd105: new Percentage(92m))));
        RoundTrip(RouteCodes.For(Route.Intrathecal));
        RoundTrip(MeasureCatalogue.Get(OutcomeMeasure.BrainVolumeChange));
        RoundTrip(new Regimen([new RegimenPhase("x", [SampleDocuments.Component("p", Route.Intravenous, PerKgDose.Single(1m))], new SingleAdministration())], [],
            new RegimenRepetition(2, CalendarInterval.Months(6), CalendarInterval.Months(12))));
    }

    [Fact]
    public void Enums_are_kebab_case_strings()
    {
        var json = MscDomainJson.Serialize(SampleDocuments.Petrou2020());
        json.Should().Contain("\"tissue\": \"bone-marrow\"").And.Contain("\"type\": \"sham-comparator\"").And.Contain("\"kind\": \"per-kg\"")
            .And.Contain("\"route\": \"intrathecal\"").And.Contain("\"startDate\": \"2015-03\"").And.Contain("\"schemaVersion\": 2");
    }
}
