using System.Text.Json;
using System.Text.Json.Nodes;
using MscDomain.Cells;
using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Tests.Trials;

/// <summary>
/// Issue 10: every class of fact that published reports state has a typed home on the wire. One document written by hand
/// (as a reviewer would, from invented but realistic wording) uses every new member; each test reads one class back.
/// </summary>
public sealed class TypedHomesTest
{
    private const string Rich = """
        {
          "schemaVersion": 2, "id": "RICH-2021", "title": "A report with everything", "citations": [{ "text": "fixture" }],
          "registrations": ["NCT00000001"],
          "evidenceClass": "class-iv",
          "relatedStudies": [
            { "identifier": "MESEMS-2021", "relation": "part-of", "text": "national arm" },
            { "identifier": "NCT00000002", "relation": "same-study", "certainty": "probable" }
          ],
          "conduct": { "sponsor": "University Hospital", "collaborators": ["Foundation"], "siteCount": 2, "sites": ["Site A", "Site B"], "countries": ["IL", "GB"], "multicentre": true },
          "design": {
            "phases": ["phase1", "phase2"], "phaseSubStage": "a", "allocation": "not-reported", "model": "parallel", "masking": "not-reported",
            "allocationRatio": [2, 1],
            "followUp": { "amount": 24, "unit": "month" },
            "followUpSummary": { "unit": "month", "duration": { "median": 18, "minimum": 6, "maximum": 24 }, "text": "median 18 (6-24) months" }
          },
          "eligibility": {
            "courses": ["secondary-progressive", "relapsing-remitting"], "criteria": "mc-donald-revision-not-stated",
            "qualifiers": ["active", "advanced"],
            "priorTreatments": [{ "requirement": "failed", "drugClass": "first- or second-line DMT", "minimumTreatments": 1 }],
            "lookBacks": [
              { "evidence": "relapse", "window": { "amount": 12, "unit": "month" }, "minimumCount": 1 },
              { "evidence": "edss-increase", "window": { "amount": 1, "unit": "year" },
                "bands": [{ "referenceMaximum": 4.5, "threshold": 1.0 }, { "referenceMinimum": 5.0, "threshold": 0.5 }] }
            ],
            "lookBackCombination": "any-of",
            "washouts": [{ "drugClass": "cytotoxic agents", "minimum": { "amount": 3, "unit": "month" } }],
            "perCourse": [{ "course": "relapsing-remitting", "edssMinimum": 2.5, "edssMaximum": 5.5 }]
          },
          "baseline": {
            "participants": 20, "ageYears": { "mean": 45.2, "standardDeviation": 8.1, "minimum": 28, "maximum": 60 },
            "female": 12, "male": 8,
            "courses": [{ "course": "secondary-progressive", "participants": 14 }, { "course": "relapsing-remitting", "participants": 6 }],
            "diseaseDurationYears": { "median": 11, "lowerQuartile": 7, "upperQuartile": 15 },
            "edss": { "mean": 5.6, "standardDeviation": 0.8 }, "gdEnhancingParticipants": 5, "gdEnhancingPercent": 25
          },
          "assessments": [
            { "name": "visits", "timepoints": [{ "amount": 3, "unit": "month" }, { "amount": 6, "unit": "month" }, { "amount": 12, "unit": "month" }] },
            { "name": "MRI", "measure": "gd-enhancing-lesions", "every": { "amount": 1, "unit": "month" }, "until": { "amount": 6, "unit": "month" } }
          ],
          "products": [
            { "kind": "msc", "id": "uc", "name": "allogeneic UC-MSC", "tissue": "umbilical-cord-tissue", "offTheShelf": true,
              "donor": { "kind": "unidentified", "pooled": true, "donorCount": 3 },
              "manufacture": { "passage": 2, "passageMaximum": 4, "ironLabelled": true, "labelledPercent": { "value": 30 } },
              "releaseTests": [
                { "kind": "sterility", "outcome": "not-reported" },
                { "kind": "karyotype", "outcome": "not-done" },
                { "kind": "other", "name": "cytokine panel (27 analytes)", "outcome": "characterised" }
              ] },
            { "kind": "msc", "id": "nr", "name": "MSC of unstated origin", "tissue": "not-reported", "donor": { "kind": "unidentified" } }
          ],
          "arms": [
            { "id": "msc", "label": "MSC", "type": "experimental", "indication": "multiple sclerosis",
              "counts": { "screened": 30, "planned": 24, "enrolled": 20, "randomized": 20, "treated": 18, "completed": 17,
                          "withdrawals": [{ "reason": "product-release-failure", "participants": 2, "text": "karyotype abnormality" }] },
              "baseline": { "participants": 20, "female": 12 },
              "regimen": { "phases": [{ "name": "treatment",
                "schedule": { "kind": "repeated-interval-not-reported", "minimumCount": 2, "maximumCount": 5, "text": "2 to 5 injections" },
                "components": [
                  { "productId": "uc", "route": "intraspinal", "dose": { "kind": "not-reported" } },
                  { "productId": "nr", "route": "not-reported", "dose": { "kind": "not-reported" } }] }] } },
            { "id": "steroids", "label": "Methylprednisolone", "type": "active-comparator", "indication": "amyotrophic lateral sclerosis",
              "drugs": [{ "name": "methylprednisolone", "role": "comparator", "steps": [
                { "dose": 1000, "doseUnitVerbatim": "mg", "route": "intravenous", "schedule": { "kind": "repeated", "minimumCount": 5, "maximumCount": 5, "intervalMinimum": { "amount": 1, "unit": "day" } } },
                { "dose": 60, "doseUnitVerbatim": "mg", "route": "oral", "schedule": { "kind": "single" } }] }] }
          ],
          "outcomes": [
            { "id": "stable", "name": "EDSS stable", "role": "primary", "measure": "edss", "direction": "stable", "timepoints": [{ "amount": 4, "unit": "week" }, { "amount": 12, "unit": "week" }] },
            { "id": "not-worse", "name": "Not worsened", "role": "secondary", "measure": "edss", "direction": "not-worsened" },
            { "id": "relapse-free", "name": "Relapse-free", "role": "secondary", "measure": "relapses", "direction": "free-of-event" },
            { "id": "hpt", "name": "9HPT either hand", "role": "secondary", "measure": "nine-hole-peg-test", "direction": "improvement", "laterality": "either" },
            { "id": "neda", "name": "NEDA-3", "role": "exploratory", "measure": "other", "direction": "free-of-event", "componentOutcomeIds": ["relapse-free", "not-worse"], "compositeRule": "all-of" },
            { "id": "fever", "name": "Fever within 24 hours", "role": "safety", "measure": "other", "direction": "occurrence", "timeFrame": { "amount": 24, "unit": "hour" } }
          ],
          "results": [
            { "outcomeId": "stable", "armId": "msc", "verification": "verified", "pValue": 0.001, "pValueRelation": "less-than",
              "statistic": { "kind": "mean-sd", "mean": 1.5, "participants": 3 }, "individualValues": [1.5, 1, 2],
              "timepoint": { "amount": 3, "unit": "month" }, "timepointMaximum": { "amount": 6, "unit": "month" } },
            { "outcomeId": "relapse-free", "verification": "verified", "pooledArmIds": ["msc", "steroids"], "atLastVisit": true,
              "statistic": { "kind": "proportion", "count": 30, "total": 38 } },
            { "outcomeId": "stable", "armId": "msc", "verification": "verified", "subgroup": "received all doses", "subgroupBasis": "exposure",
              "statistic": { "kind": "correlation", "method": "spearman", "coefficient": -0.62, "participants": 18, "with": "cumulative cell dose" } }
          ],
          "adverseEvents": [
            { "term": "fever", "verification": "verified", "armId": "msc", "participants": 3, "severity": "mild", "relatedness": "probably-related",
              "onset": { "anchor": "each-dose", "to": { "amount": 24, "unit": "hour" } } },
            { "term": "headache", "verification": "verified", "severity": "moderate", "severityText": "moderate to severe" }
          ],
          "provenance": [
            { "path": "/arms/msc/counts/screened", "verification": "verified", "source": "paper", "alternativeValue": "32", "alternativeSource": "registry" }
          ]
        }
        """;

    private static TrialDocument Doc() => MscDomainJson.DeserializeTrial(Rich);

    [Fact]
    public void The_rich_document_reads_round_trips_and_is_consistent()
    {
        var doc = Doc();
        var again = MscDomainJson.DeserializeTrial(MscDomainJson.Serialize(doc));
        MscDomainJson.Serialize(again).Should().Be(MscDomainJson.Serialize(doc));
        doc.CheckConsistency().Should().BeEmpty(string.Join("\n", doc.CheckConsistency()));
    }

    [Fact]
    public void C01_eligibility_qualifiers_prior_failure_look_backs_washouts_and_per_course_criteria()
    {
        var e = Doc().Eligibility!;
        e.Qualifiers.Should().Equal(DiseaseQualifier.Active, DiseaseQualifier.Advanced);
        e.PriorTreatments.Single().Should().Be(new PriorTreatmentCriterion(PriorTreatmentRequirement.Failed, "first- or second-line DMT", 1));
        e.LookBacks[0].Evidence.Should().Be(ActivityEvidence.Relapse);
        e.LookBacks[0].Window.Should().Be(CalendarInterval.Months(12));
        e.LookBacks[1].Bands.Select(b => b.Threshold).Should().Equal(1.0m, 0.5m);
        e.LookBackCombination.Should().Be(CriteriaCombination.AnyOf);
        e.Washouts.Single().Minimum.Should().Be(CalendarInterval.Months(3));
        e.PerCourse.Single().EdssMaximum.Should().Be(new EdssScore(5.5m));
        e.Criteria.Should().Be(DiagnosticCriteria.McDonaldRevisionNotStated);
    }

    [Fact]
    public void C01_an_edss_band_on_relapse_evidence_is_rejected() =>
        FluentActions.Invoking(() => new LookBackCriterion(ActivityEvidence.Relapse, CalendarInterval.Months(12), [new ThresholdBand(null, null, 1m)]))
            .Should().Throw<ArgumentException>().WithMessage("*edss-increase*");

    [Fact]
    public void C02_trial_and_arm_baseline_characteristics()
    {
        var doc = Doc();
        doc.Baseline!.AgeYears!.Mean.Should().Be(45.2m);
        doc.Baseline.Courses.Sum(c => c.Participants).Should().Be(20);
        doc.Baseline.DiseaseDurationYears!.Median.Should().Be(11m);
        doc.Baseline.GdEnhancingPercent.Should().Be(25m);
        doc.Arm("msc").Baseline!.Female.Should().Be(12);
    }

    [Fact]
    public void C02_a_summary_out_of_order_is_rejected()
    {
        FluentActions.Invoking(() => new DescriptiveSummary(Median: 5m, Minimum: 6m)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Median 5 is below Minimum 6*");
        FluentActions.Invoking(() => new DescriptiveSummary(Mean: 70m, Maximum: 60m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new DescriptiveSummary()).Should().Throw<ArgumentException>();
        new DescriptiveSummary(Median: 5m, Minimum: 5m, Maximum: 5m).Median.Should().Be(5m, "equal values are in order");
    }

    [Fact]
    public void C03_sponsor_sites_and_countries()
    {
        var c = Doc().Conduct!;
        c.Sponsor.Should().Be("University Hospital");
        c.SiteCount.Should().Be(2);
        c.Countries.Should().Equal("IL", "GB");
        c.Multicentre.Should().BeTrue();
        FluentActions.Invoking(() => new StudyConduct([], [], ["Israel"])).Should().Throw<ArgumentException>().WithMessage("*ISO 3166-1*");
    }

    [Fact]
    public void C04_not_reported_is_typed_for_phase_allocation_masking_route_tissue_donor_and_interval()
    {
        var doc = Doc();
        doc.Design.Allocation.Should().Be(Allocation.NotReported);
        doc.Design.Masking.Should().Be(Masking.NotReported);
        doc.Products[1].Tissue.Should().Be(TissueSource.NotReported);
        doc.Products[1].Donor.Should().BeOfType<UnidentifiedDonor>();
        var phase = doc.Arm("msc").Regimen!.Phases[0];
        phase.Components[1].Route.Should().Be(Route.NotReported);
        phase.Components[1].ProductId.Should().Be("nr", "the product link is kept although route and interval are unknown");
        phase.Schedule.Should().BeOfType<RepeatedWithoutInterval>();
        RouteCodes.For(Route.NotReported).CdiscRoute.Should().Be("UNKNOWN");
        JsonSerializer.Serialize(TrialPhase.NotReported, MscDomainJsonOptions.Compact).Should().Be("\"not-reported\"");
    }

    [Fact]
    public void C05_outcome_directions_stable_not_worsened_free_of_event()
    {
        Doc().Outcomes.Select(o => o.Direction).Should().Contain(new[] { OutcomeDirection.Stable, OutcomeDirection.NotWorsened, OutcomeDirection.FreeOfEvent });
    }

    [Fact]
    public void C06_assessment_schedules_and_several_timepoints_per_outcome()
    {
        var doc = Doc();
        doc.Assessments[0].Timepoints.Should().Equal(CalendarInterval.Months(3), CalendarInterval.Months(6), CalendarInterval.Months(12));
        doc.Assessments[1].Every.Should().Be(CalendarInterval.Months(1));
        doc.Outcomes[0].Timepoints.Should().Equal(CalendarInterval.Weeks(4), CalendarInterval.Weeks(12));
        FluentActions.Invoking(() => new AssessmentSchedule("x", [CalendarInterval.Months(6), CalendarInterval.Months(3)])).Should().Throw<ArgumentException>().WithMessage("*in order*");
        FluentActions.Invoking(() => new AssessmentSchedule("x", [])).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void C07_adverse_event_onset_window_and_severity_scale()
    {
        var ae = Doc().AdverseEvents;
        ae[0].Severity.Should().Be(ReportedSeverity.Mild);
        ae[0].Onset.Should().Be(new AeOnsetWindow(AeWindowAnchor.EachDose, null, new CalendarInterval(24, IntervalUnit.Hour)));
        ae[1].SeverityText.Should().Be("moderate to severe", "free text stays beside the typed value");
        FluentActions.Invoking(() => new AeOnsetWindow(AeWindowAnchor.FirstDose, CalendarInterval.Days(2), CalendarInterval.Days(1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void C08_release_tests_not_reported_vs_not_done_named_other_and_characterisation()
    {
        var tests = Doc().Products[0].ReleaseTests;
        tests.Select(t => t.Outcome).Should().Equal(TestOutcome.NotReported, TestOutcome.NotDone, TestOutcome.Characterised);
        tests[2].Name.Should().Be("cytokine panel (27 analytes)");
        Doc().Products[0].HasFailedReleaseTest.Should().BeFalse();
    }

    [Fact]
    public void C09_follow_up_summary_median_range_and_up_to()
    {
        var f = Doc().Design.FollowUpSummary!;
        f.Unit.Should().Be(IntervalUnit.Month);
        f.Duration.Median.Should().Be(18m);
        f.Duration.Maximum.Should().Be(24m);
        new FollowUpSummary(IntervalUnit.Month, new DescriptiveSummary(Maximum: 10m)).LongestApproximateDays().Should().Be(304.375m, "up to 10 months = 10 × 30.4375 days");
    }

    [Fact]
    public void C10_allogeneic_products_off_the_shelf_and_pooled_donors()
    {
        var p = Doc().Products[0];
        p.OffTheShelf.Should().BeTrue();
        p.Donor.Should().Be(new UnidentifiedDonor(true, 3));
        p.Donor.DesignRelation().Should().Be(DonorRelation.Allogeneic);
        FluentActions.Invoking(() => new UnidentifiedDonor(true, 1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*pooled*");
    }

    [Fact]
    public void C11_screened_planned_counts_and_withdrawals_with_reasons()
    {
        var c = Doc().Arm("msc").Counts!;
        c.Screened.Should().Be(30);
        c.Planned.Should().Be(24);
        c.Withdrawals.Single().Should().Be(new Withdrawal(WithdrawalReason.ProductReleaseFailure, 2, "karyotype abnormality"));
    }

    [Fact]
    public void C12_C13_C19_individual_values_p_value_inequalities_and_timepoint_ranges()
    {
        var r = Doc().Results[0];
        r.IndividualValues.Should().Equal(1.5m, 1m, 2m);
        r.PValue.Should().Be(0.001m);
        r.PValueRelation.Should().Be(PValueRelation.LessThan);
        r.Timepoint.Should().Be(CalendarInterval.Months(3));
        r.TimepointMaximum.Should().Be(CalendarInterval.Months(6));
        Doc().Results[1].AtLastVisit.Should().BeTrue();
        FluentActions.Invoking(() => new ReportedResult("o", new NotReportedStatistic(), Verification.Verified, Timepoint: CalendarInterval.Months(6), TimepointMaximum: CalendarInterval.Months(3)))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void C14_schedules_with_unknown_interval_or_a_count_range()
    {
        var s = (RepeatedWithoutInterval)Doc().Arm("msc").Regimen!.Phases[0].Schedule;
        (s.MinimumCount, s.MaximumCount).Should().Be((2, 5));
        FluentActions.Invoking(() => s.Expand(new NodaTime.LocalDate(2020, 1, 1))).Should().Throw<InvalidOperationException>().WithMessage("*not reported*");
        FluentActions.Invoking(() => new RepeatedWithoutInterval(3, 2)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void C15_association_results_and_exposure_subgroups()
    {
        var r = Doc().Results[2];
        r.Statistic.Should().Be(new CorrelationStatistic(CorrelationMethod.Spearman, -0.62m, 18, null, "cumulative cell dose"));
        r.SubgroupBasis.Should().Be(SubgroupBasis.Exposure);
        FluentActions.Invoking(() => new CorrelationStatistic(CorrelationMethod.Pearson, 1.01m)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void C16_drug_only_comparator_arm_with_its_regimen()
    {
        var arm = Doc().Arm("steroids");
        arm.Regimen.Should().BeNull();
        arm.Drugs.Single().Role.Should().Be(CoMedicationRole.Comparator);
        arm.Drugs.Single().Steps.Select(s => s.Route).Should().Equal(new[] { Route.Intravenous, Route.Oral }, "a taper keeps its order");
    }

    [Fact]
    public void C17_related_studies_with_probable_matches()
    {
        var rel = Doc().RelatedStudies;
        rel[0].Relation.Should().Be(StudyRelationType.PartOf);
        rel[0].Certainty.Should().Be(MatchCertainty.Confirmed, "confirmed is the default");
        rel[1].Certainty.Should().Be(MatchCertainty.Probable);
    }

    [Fact]
    public void C18_phase_sub_stage_and_allocation_ratio()
    {
        Doc().Design.PhaseSubStage.Should().Be(PhaseSubStage.A);
        Doc().Design.AllocationRatio.Should().Equal(2, 1);
    }

    [Fact]
    public void C20_once_only_facts_have_homes()
    {
        var doc = Doc();
        doc.Arm("steroids").Indication.Should().Be("amyotrophic lateral sclerosis");
        doc.Arm("msc").Regimen!.Phases[0].Components[0].Route.Should().Be(Route.Intraspinal);
        doc.Outcomes.Single(o => o.Id == "fever").TimeFrame.Should().Be(new CalendarInterval(24, IntervalUnit.Hour));
        doc.Outcomes.Single(o => o.Id == "hpt").Laterality.Should().Be(Laterality.Either);
        doc.Outcomes.Single(o => o.Id == "neda").CompositeRule.Should().Be(CompositeRule.AllOf);
        doc.Provenance.Single().AlternativeValue.Should().Be("32");
        doc.Products[0].Manufacture!.PassageMaximum.Should().Be(4);
        doc.Products[0].Manufacture!.LabelledPercent.Should().Be(new Percentage(30m));
        doc.EvidenceClass.Should().Be(EvidenceClass.ClassIV);
        doc.AdverseEvents[0].Relatedness.Should().Be(ReportedRelatedness.ProbablyRelated);
        doc.Results[1].PooledArmIds.Should().Equal("msc", "steroids");
        FluentActions.Invoking(() => new CalendarInterval(24, IntervalUnit.Hour).AddTo(new NodaTime.LocalDate(2020, 1, 1))).Should().Throw<InvalidOperationException>();
    }
}
