#pragma warning disable CS8600, CS8602 // FHIR POCO navigation in assertions: a null fails the test anyway
using Hl7.Fhir.Model;
using MscDomain.Cells;
using MscDomain.Common;
using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Fhir;
using MscDomain.Outcomes;
using MscDomain.AdverseEvents;
using MscDomain.Safety;
using MscDomain.Samples;
using MscDomain.Serialization;
using MscDomain.Trials;
using NodaTime;
using AdverseEvent = MscDomain.AdverseEvents.AdverseEvent;
using Observation = MscDomain.Outcomes.Observation;

namespace MscDomain.Tests.Fhir;

/// <summary>
/// Each mapping both ways. Expected codes come from the R4 4.0.1 definitions and shared/domain/fhir-and-codes.md
/// (CDISC/NCIt, SNOMED CT, LOINC, UCUM, THO), not from the mapper.
/// </summary>
public sealed class FhirMapperTest
{
    private static readonly ResourceReference PatientRef = new("urn:uuid:00000000-0000-0000-0000-000000000001");
    private static readonly LocalDate Day = new(2024, 3, 1);

    private static ParticipantTimeline Participant(Sex sex = Sex.Female, string birth = "1980-05") =>
        ParticipantTimeline.Create("P1", new ParticipantBaseline(PartialDate.TryParse(birth, out var b) ? b : throw new ArgumentException(birth), sex, Day,
            Day.PlusDays(-10), new DiseaseCourse(BaseCourse.SecondaryProgressive, ActivityModifier.NotActive, ProgressionModifier.WithProgression, Day, 24, "SPMS"),
            new EdssScore(6.5m), new WeightKg(71.5m))) with { TrialId = "T1", ArmId = "msc", SequenceId = "AB" };

    private static ParticipantTimeline With(ParticipantTimeline p, Administration[]? admins = null, Observation[]? observations = null) =>
        new(p.SchemaVersion, p.ParticipantId, p.Baseline, admins is null ? p.Administrations : [.. admins], observations is null ? p.Observations : [.. observations],
            p.Relapses, p.LabMeasurements, p.AdverseEvents, p.TrialId, p.ArmId, p.SequenceId);

    [Theory]
    [InlineData(Sex.Female, AdministrativeGender.Female)]
    [InlineData(Sex.Male, AdministrativeGender.Male)]
    [InlineData(Sex.Unknown, AdministrativeGender.Unknown)]
    [InlineData(Sex.Undifferentiated, AdministrativeGender.Other)]
    public void Patient_is_pseudonymous_with_R4_gender_and_partial_birth_date(Sex sex, AdministrativeGender gender)
    {
        var p = Participant(sex);
        var patient = FhirMapper.ToPatient(p);
        patient.Gender.Should().Be(gender);
        patient.BirthDate.Should().Be("1980-05");
        patient.Name.Should().BeEmpty();
        patient.Identifier.Single().Value.Should().Be("P1");
        var subject = FhirMapper.ToResearchSubject(p, PatientRef, new ResourceReference("urn:uuid:study"));
        var back = FhirMapper.FromPatient(patient, subject, FhirMapper.ToCondition(p.Baseline.Course!, PatientRef));
        back.Baseline.Sex.Should().Be(sex);
        MscDomainJson.Serialize(p with { ArmId = back.ArmId, SequenceId = back.SequenceId }).Should().Be(MscDomainJson.Serialize(p));
        back.Baseline.Should().BeEquivalentTo(p.Baseline);
    }

    [Fact]
    public void ResearchSubject_is_on_study_with_the_arm_name_and_no_actual_arm_before_a_dose()
    {
        var p = Participant();
        var rs = FhirMapper.ToResearchSubject(p, PatientRef, new ResourceReference("urn:uuid:study"));
        rs.Status.Should().Be(ResearchSubject.ResearchSubjectStatus.OnStudy);
        rs.AssignedArm.Should().Be("msc");
        rs.ActualArm.Should().BeNull("allocated but not dosed leaves actualArm empty (fhir-and-codes.md §1.2)");
        rs.Period.Start.Should().Be("2024-03-01");
        var dosed = With(p, admins: [new Administration(Day, AdministrationStatus.Completed, [new GivenComponent("bm-msc", Route.Intravenous)])]);
        FhirMapper.ToResearchSubject(dosed, PatientRef, new ResourceReference("urn:uuid:study")).ActualArm.Should().Be("msc");
    }

    [Theory]
    [InlineData(BaseCourse.RelapsingRemitting, "426373005")]
    [InlineData(BaseCourse.SecondaryProgressive, "425500002")]
    [InlineData(BaseCourse.PrimaryProgressive, "428700003")]
    public void Course_condition_carries_the_SNOMED_code_of_the_course(BaseCourse course, string snomed)
    {
        var dc = DiseaseCourse.Unassessed(course);
        var c = FhirMapper.ToCondition(dc, PatientRef);
        c.Code.Coding.Should().Contain(x => x.System == "http://snomed.info/sct" && x.Code == snomed);
        FhirMapper.FromCondition(c).Should().Be(dc);
    }

    [Theory]
    [InlineData(Route.Intravenous, "47625008")]
    [InlineData(Route.Intrathecal, "72607000")]
    [InlineData(Route.Intramuscular, "78421000")]
    [InlineData(Route.IntraArterial, "58100008")]
    public void Administration_is_a_Procedure_with_SNOMED_route_and_UCUM_doses(Route route, string snomed)
    {
        var a = new Administration(Day, AdministrationStatus.Completed,
            [new GivenComponent("bm-msc", route, new CellCount(140m), new CellsPerKg(2m), new VolumeMl(5m), "LOT-1", DoseAdjusted: true)],
            new LocalTime(10, 30), new WeightKg(70m), 1, "p1");
        var proc = FhirMapper.ToProcedure(a, PatientRef, id => new ResourceReference("urn:uuid:" + id));
        proc.Status.Should().Be(EventStatus.Completed);
        var given = proc.GetExtension(FhirCanonicals.Extension("given-component"));
        given.GetExtensionValue<CodeableConcept>("route").Coding[0].Should().BeEquivalentTo(new { System = "http://snomed.info/sct", Code = snomed }, o => o.ExcludingMissingMembers());
        given.GetExtensionValue<Quantity>("dose-per-kg").Should().BeEquivalentTo(new { Value = 2m, System = "http://unitsofmeasure.org", Code = "10*6/kg" }, o => o.ExcludingMissingMembers());
        given.GetExtensionValue<Quantity>("dose").Code.Should().Be("10*6");
        given.GetExtensionValue<Quantity>("volume").Code.Should().Be("mL");
        var back = FhirMapper.FromProcedure(proc, (r, _) => r.Reference!["urn:uuid:".Length..]);
        MscDomainJson.Serialize(back).Should().Be(MscDomainJson.Serialize(a));
    }

    [Theory]
    [InlineData(AdministrationStatus.Planned, EventStatus.Preparation)]
    [InlineData(AdministrationStatus.Partial, EventStatus.Stopped)]
    [InlineData(AdministrationStatus.NotGiven, EventStatus.NotDone)]
    [InlineData(AdministrationStatus.AllocatedNotDosed, EventStatus.NotDone)]
    public void Administration_status_maps_to_R4_event_status_and_back(AdministrationStatus status, EventStatus code)
    {
        var given = status is AdministrationStatus.NotGiven or AdministrationStatus.AllocatedNotDosed
            ? System.Collections.Immutable.ImmutableArray<GivenComponent>.Empty
            : [new GivenComponent("bm-msc", Route.Intrathecal)];
        var a = new Administration(Day, status, given, Reason: status is AdministrationStatus.NotGiven or AdministrationStatus.AllocatedNotDosed ? "withdrew" : null);
        var proc = FhirMapper.ToProcedure(a, PatientRef, id => new ResourceReference("urn:uuid:" + id));
        proc.Status.Should().Be(code);
        FhirMapper.FromProcedure(proc, (r, _) => "bm-msc").Status.Should().Be(status);
    }

    [Fact]
    public void EDSS_is_an_Observation_with_NCIt_C112550_a_score_quantity_and_FS_components()
    {
        var e = new EdssObservation(Day, new EdssScore(4.5m),
            [new FunctionalSystemScore(FunctionalSystem.Pyramidal, 3), new FunctionalSystemScore(FunctionalSystem.Visual, 1)], 2);
        var o = FhirMapper.ToObservation(e, PatientRef);
        o.Code.Coding.Should().Contain(c => c.System == "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl" && c.Code == "C112550");
        o.Value.Should().BeEquivalentTo(new { Value = 4.5m, Code = "{score}", System = "http://unitsofmeasure.org" }, opt => opt.ExcludingMissingMembers());
        o.Component.Select(c => c.Code.Coding[0].Code).Should().Equal("C112609", "C112615", $"{WireName.Of(OutcomeMeasure.AmbulationScore)}");
        MscDomainJson.Serialize<Observation>(FhirMapper.FromObservation(o)).Should().Be(MscDomainJson.Serialize<Observation>(e));
    }

    [Theory]
    [InlineData(OutcomeMeasure.TimedTwentyFiveFootWalk, 8.2, "s", "C115817")]
    [InlineData(OutcomeMeasure.NineHolePegTest, 25.0, "s", "C115807")]
    [InlineData(OutcomeMeasure.Sdmt, 41, "{score}", "C115816")]
    [InlineData(OutcomeMeasure.SerumNfl, 12.5, "pg/mL", "101281-4")]
    [InlineData(OutcomeMeasure.GdEnhancingLesions, 2, "{lesions}", null)]
    [InlineData(OutcomeMeasure.NewOrEnlargingT2Lesions, 0, "{lesions}", null)]
    public void Measures_carry_their_standard_code_where_one_exists_and_the_library_code_always(OutcomeMeasure measure, double value, string unit, string? standard)
    {
        var m = new MeasureObservation(Day, measure, (decimal)value, unit, measure == OutcomeMeasure.NineHolePegTest ? Laterality.Left : null);
        var o = FhirMapper.ToObservation(m, PatientRef);
        if (standard is null)
        {
            o.Code.Coding.Should().ContainSingle().Which.System.Should().StartWith(FhirCanonicals.Base);
        }
        else
        {
            o.Code.Coding[0].Code.Should().Be(standard);
        }

        o.Code.Coding.Should().Contain(c => c.System == FhirCanonicals.CodeSystem("outcome-measure") && c.Code == WireName.Of(measure));
        MscDomainJson.Serialize<Observation>(FhirMapper.FromObservation(o)).Should().Be(MscDomainJson.Serialize<Observation>(m));
    }

    [Theory]
    [InlineData(true, "confirmed")]
    [InlineData(false, "unconfirmed")]
    [InlineData(null, null)]
    public void Relapse_is_a_Condition_with_SNOMED_192929006(bool? confirmed, string? status)
    {
        var r = new Relapse(Day, Day.PlusDays(20), confirmed, true, "optic neuritis");
        var c = FhirMapper.ToCondition(r, PatientRef);
        c.Code.Coding[0].Code.Should().Be("192929006");
        c.VerificationStatus?.Coding[0].Code.Should().Be(status);
        c.ClinicalStatus.Coding[0].Code.Should().Be("resolved", "an abated condition is inactive, resolved or in remission (con-4)");
        FhirMapper.FromRelapseCondition(c).Should().Be(r);
    }

    [Fact]
    public void Lab_is_a_LOINC_Observation_with_reference_range_and_the_CTCAE_grade()
    {
        var lab = new LabMeasurement("ALT", 130m, "U/L", Day, 7m, 40m, "serum");
        var o = FhirMapper.ToObservation(lab, PatientRef, new CtcaeGrade(2, CtcaeVersion.V5_0));
        o.Code.Coding[0].Should().BeEquivalentTo(new { System = "http://loinc.org", Code = "1742-6" }, opt => opt.ExcludingMissingMembers());
        o.ReferenceRange[0].High.Value.Should().Be(40m);
        var grade = (CodeableConcept)o.GetExtension(FhirCanonicals.Extension("ctcae-grade")).Value;
        grade.Coding[0].Code.Should().Be("2");
        grade.Coding[0].Version.Should().Be("v5.0");
        FhirMapper.FromLabObservation(o).Should().Be(lab);
    }

    [Fact]
    public void Serious_adverse_event_uses_THO_seriousness_with_all_six_IG_criteria_and_no_R4_child_codes()
    {
        var ae = new AdverseEvent("AE1", "Pulmonary embolism", new MeddraCoding("Pulmonary embolism", 10037377, 10037377, "27.0"),
            onsetDate: Day, endDate: Day.PlusDays(9), severity: new AdverseEventSeverity(4, CtcaeVersion.V5_0),
            seriousnessCriteria: SeriousnessCriteria.LifeThreatening | SeriousnessCriteria.Hospitalisation, recordedSerious: true,
            outcome: AdverseEventOutcome.Recovered,
            investigatorCausality: new CausalityAssessment(CausalityCategory.Possible, "WHO-UMC"),
            sponsorCausality: new CausalityAssessment(CausalityCategory.Probable, "Naranjo", Day.PlusDays(3)),
            expectedness: Expectedness.UnexpectedByType, sponsorAwareDate: Day.PlusDays(1), actionTaken: AdverseEventAction.DrugWithdrawn);
        var fhir = FhirMapper.ToAdverseEvent(ae, PatientRef, new ResourceReference("urn:uuid:proc"), null);
        fhir.Seriousness.Coding.Should().ContainSingle().Which.Code.Should().Be("serious");
        var json = MscDomainFhir.Serialize(fhir);
        json.Should().NotContain("SeriousIsLifeThreatening").And.NotContain("\"Serious\"");
        var criteria = fhir.Extension.Where(e => e.Url.EndsWith("/seriousness-criteria", StringComparison.Ordinal)).ToList();
        criteria.Should().HaveCount(6);
        criteria.Where(c => c.GetExtensionValue<FhirBoolean>("criterionPresent").Value == true)
            .Select(c => c.GetExtensionValue<CodeableConcept>("criterionCode").Coding[0].Code).Should().BeEquivalentTo("C84266", "C83052");
        fhir.Severity.Coding[0].Code.Should().Be("severe");
        fhir.Outcome.Coding[0].Code.Should().Be("resolved");
        fhir.SuspectEntity.Single().Instance.Reference.Should().Be("urn:uuid:proc");
        fhir.SuspectEntity.Single().Causality.Should().HaveCount(2);
        fhir.SuspectEntity.Single().Causality[0].Assessment.Coding[0].Code.Should().Be("Possible");
        fhir.SuspectEntity.Single().Causality[1].Method.Text.Should().Be("Naranjo");
        MscDomainJson.Serialize(FhirMapper.FromAdverseEvent(fhir)).Should().Be(MscDomainJson.Serialize(ae));
    }

    [Fact]
    public void Non_serious_adverse_event_has_no_seriousness_criteria_and_a_partial_onset_round_trips()
    {
        var ae = new AdverseEvent("AE2", "Headache", partialOnset: new PartialDate(2024, 3), severity: new AdverseEventSeverity(1, CtcaeVersion.V6_0));
        var fhir = FhirMapper.ToAdverseEvent(ae, PatientRef, null, null);
        fhir.Seriousness.Coding[0].Code.Should().Be("non-serious");
        fhir.Extension.Should().NotContain(e => e.Url.EndsWith("/seriousness-criteria", StringComparison.Ordinal), "aeClinRes-seriousness-1: none for a non-serious event");
        fhir.Date.Should().Be("2024-03");
        fhir.Severity.Coding[0].Code.Should().Be("mild");
        MscDomainJson.Serialize(FhirMapper.FromAdverseEvent(fhir)).Should().Be(MscDomainJson.Serialize(ae));
    }

    [Fact]
    public void Trial_is_a_ResearchStudy_with_a_combined_phase_arms_and_citations()
    {
        var trial = PublishedTrials.Load("mesems-2021");
        var rs = FhirMapper.ToResearchStudy(trial);
        rs.Status.Should().Be(ResearchStudy.ResearchStudyStatus.Completed);
        rs.Identifier.Select(i => i.Value).Should().Contain(trial.Registrations);
        rs.Arm.Select(a => a.Name).Should().Equal(trial.Arms.Select(a => a.Id));
        rs.RelatedArtifact.Should().HaveCount(trial.Citations.Length);
        rs.Condition[0].Coding[0].Code.Should().Be("24700007");
        var phases = new[] { TrialPhase.Phase1, TrialPhase.Phase2 };
        var d = trial.Design;
        var combined = trial with { Design = new TrialDesign([.. phases], d.Allocation, d.Model, d.Masking, d.MaskedRoles, d.UnmaskedRoles, d.Periods, d.Sequences, d.StratificationFactors) };
        FhirMapper.ToResearchStudy(combined).Phase.Coding[0].Code.Should().Be("phase-1-phase-2");
    }

    [Fact]
    public void Cell_product_is_a_BDP_of_category_cells_with_its_parent_and_release_tests()
    {
        var harris = PublishedTrials.Load("harris-2018");
        var derived = harris.Products.Single(p => p.ParentProductId is not null);
        var bdp = FhirMapper.ToBiologicallyDerivedProduct(derived, new ResourceReference("urn:uuid:parent"));
        bdp.ProductCategory.Should().Be(BiologicallyDerivedProduct.BiologicallyDerivedProductCategory.Cells);
        bdp.Parent.Single().Reference.Should().Be("urn:uuid:parent");
        var em = derived with { Kind = CellProductKind.ExtracellularVesicles };
        FhirMapper.ToBiologicallyDerivedProduct(em, null).ProductCategory.Should().Be(BiologicallyDerivedProduct.BiologicallyDerivedProductCategory.BiologicalAgent);
        var test = new ReleaseTest(ReleaseTestKind.Viability, TestOutcome.Pass, "7-AAD", ">= 70%", 92.5m, "%", null, Day, "LOT-7");
        var obs = FhirMapper.ToReleaseTestObservation(test, new ResourceReference("urn:uuid:bdp"));
        obs.Focus.Single().Reference.Should().Be("urn:uuid:bdp");
        FhirMapper.FromReleaseTestObservation(obs).Should().Be(test);
        var back = FhirMapper.FromBiologicallyDerivedProduct(bdp, derived.ParentProductId, derived.ReleaseTests);
        MscDomainJson.Serialize(back).Should().Be(MscDomainJson.Serialize(derived with { IsctPanel = null }));
    }

    [Fact]
    public void Bundle_ids_are_deterministic_and_transaction_entries_PUT_their_id()
    {
        var trial = PublishedTrials.Load("cohen-2023");
        var a = MscDomainFhir.ToBundle(trial, FhirBundleType.Transaction);
        var b = MscDomainFhir.ToBundle(trial, FhirBundleType.Transaction);
        MscDomainFhir.Serialize(a).Should().Be(MscDomainFhir.Serialize(b));
        a.Entry.Should().OnlyContain(e => e.FullUrl == "urn:uuid:" + e.Resource!.Id && e.Request.Url == e.Resource.TypeName + "/" + e.Resource.Id);
        MscDomainFhir.ToBundle(trial).Entry.Should().OnlyContain(e => e.Request == null);
    }

    [Fact]
    public void Confirmed_disability_events_reference_the_EDSS_visits_they_rest_on()
    {
        var p = With(Participant(), observations: [new EdssObservation(Day, new EdssScore(3m), []), new EdssObservation(Day.PlusDays(90), new EdssScore(4m), []),
                new EdssObservation(Day.PlusDays(180), new EdssScore(4m), []), new EdssObservation(Day.PlusDays(270), new EdssScore(4m), [])]);
        var cohort = new CohortDocument(1, "C", [p]);
        var bundle = MscDomainFhir.ToBundle(cohort);
        var events = bundle.Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Observation>()
            .Where(o => o.Code.Coding.Any(c => c.Code == "confirmed-disability-event")).ToList();
        events.Should().ContainSingle();
        var edssUrls = bundle.Entry.Where(e => e.Resource is Hl7.Fhir.Model.Observation o && o.Code.Coding.Any(c => c.Code == "C112550")).Select(e => e.FullUrl).ToList();
        events[0].DerivedFrom.Select(r => r.Reference).Should().Equal(edssUrls[0], edssUrls[1], edssUrls[2]);
        ((CodeableConcept)events[0].Value).Coding.Select(c => c.Code).Should().Equal("cdw", "pira");
        MscDomainFhir.ReadCohort(bundle).GetValueOrThrow().Participants[0].Observations.Should().HaveCount(4, "derived events are not read back as observations");
    }
}
