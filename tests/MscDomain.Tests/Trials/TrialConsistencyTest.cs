using System.Text.Json.Nodes;
using MscDomain.Common;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Tests.Trials;

/// <summary>
/// The consistency pass (TrialDocument.CheckConsistency, MSC10xx): every impossible report of issue 10 rejected with its
/// path, every rule at its boundary (at the limit: nothing; one past: the issue). Expected numbers are worked by hand.
/// </summary>
public sealed class TrialConsistencyTest
{
    private const string Base = """
        {
          "schemaVersion": 2, "id": "CHK-2020", "title": "Consistency fixture", "citations": [{ "text": "fixture" }],
          "design": { "phases": ["phase2"], "allocation": "randomized", "model": "parallel", "masking": "double",
                      "followUp": { "amount": 2, "unit": "year" } },
          "products": [{ "kind": "msc", "id": "p", "name": "autologous BM-MSC", "tissue": "bone-marrow", "donor": { "kind": "recipient" } }],
          "placebos": [{ "id": "pl", "description": "saline" }],
          "arms": [
            { "id": "msc", "label": "MSC", "type": "experimental", "counts": { "randomized": 10 },
              "regimen": { "phases": [{ "name": "treatment", "schedule": { "kind": "single" },
                "components": [{ "productId": "p", "route": "intravenous",
                  "dose": { "kind": "per-kg", "targetMinimum": { "millionsPerKg": 1 }, "targetMaximum": { "millionsPerKg": 2 }, "entity": "cells" } }] }] } },
            { "id": "pbo", "label": "Placebo", "type": "placebo-comparator", "counts": { "randomized": 10 },
              "regimen": { "phases": [{ "name": "treatment", "schedule": { "kind": "single" },
                "components": [{ "productId": "pl", "route": "intravenous", "dose": { "kind": "not-reported" } }] }] } }
          ],
          "outcomes": [{ "id": "o", "name": "Relapse-free", "role": "primary", "measure": "relapses", "direction": "free-of-event" }],
          "counts": { "enrolled": 20, "randomized": 20, "treated": 20 }
        }
        """;

    private static JsonObject Node() => JsonNode.Parse(Base)!.AsObject();

    private static IReadOnlyList<DataIssue> Check(JsonObject node) => MscDomainJson.DeserializeTrial(node.ToJsonString()).CheckConsistency();

    private static JsonObject Result(JsonObject statistic, string? arm = "msc", JsonObject? timepoint = null)
    {
        var r = new JsonObject { ["outcomeId"] = "o", ["statistic"] = statistic, ["verification"] = "verified" };
        if (arm is not null)
        {
            r["armId"] = arm;
        }

        if (timepoint is not null)
        {
            r["timepoint"] = timepoint;
        }

        return r;
    }

    private static JsonObject Interval(int amount, string unit) => new() { ["amount"] = amount, ["unit"] = unit };

    private static void ShouldHave(IReadOnlyList<DataIssue> issues, string code, string path, DataIssueSeverity severity = DataIssueSeverity.Error) =>
        issues.Should().ContainSingle(i => i.Code == code && i.Location.Path == path && i.Severity == severity, string.Join("\n", issues));

    [Fact]
    public void The_fixture_is_consistent() => Check(Node()).Should().BeEmpty();

    [Theory]
    [InlineData(5, 20, true)]
    [InlineData(20, 20, false)]
    [InlineData(19, 20, true)]
    public void Treated_above_enrolled_is_impossible(int enrolled, int treated, bool issue)
    {
        var n = Node();
        n["counts"] = new JsonObject { ["enrolled"] = enrolled, ["treated"] = treated };
        var issues = Check(n);
        if (issue)
        {
            ShouldHave(issues, DataIssueCodes.CountExceedsParent, "$.counts.treated");
        }
        else
        {
            issues.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData(30, true)]
    [InlineData(21, true)]
    [InlineData(20, false)]
    public void Completed_above_the_trial_is_impossible(int completed, bool issue)
    {
        var n = Node();
        n["counts"]!["completed"] = completed;
        var issues = Check(n);
        (issues.Any(i => i.Code == DataIssueCodes.CountExceedsParent && i.Location.Path == "$.counts.completed")).Should().Be(issue, string.Join("\n", issues));
    }

    [Fact]
    public void Arms_together_above_the_trial_and_withdrawals_above_entrants_are_impossible()
    {
        var n = Node();
        n["arms"]![0]!["counts"]!["randomized"] = 11;
        n["arms"]![1]!["counts"]!["withdrawals"] = new JsonArray(new JsonObject { ["reason"] = "adverse-event", ["participants"] = 11 });
        var issues = Check(n);
        ShouldHave(issues, DataIssueCodes.ArmCountExceedsTrial, "$.counts.randomized");
        ShouldHave(issues, DataIssueCodes.CountExceedsParent, "$.arms[1].counts.withdrawals");
    }

    [Theory]
    [InlineData("msc", 200, true)]
    [InlineData("msc", 11, true)]
    [InlineData("msc", 10, false)]
    [InlineData(null, 21, true)]
    [InlineData(null, 20, false)]
    public void A_denominator_above_its_arm_or_trial_is_impossible(string? arm, int total, bool issue)
    {
        var n = Node();
        n["results"] = new JsonArray(Result(new JsonObject { ["kind"] = "proportion", ["count"] = 2, ["total"] = total }, arm));
        var issues = Check(n);
        (issues.Any(i => i.Code == DataIssueCodes.DenominatorExceedsPopulation && i.Location.Path == "$.results[0].statistic.total")).Should().Be(issue, string.Join("\n", issues));
    }

    [Theory]
    [InlineData("90", DataIssueCodes.PercentDisagreesWithCount, DataIssueSeverity.Error)]
    [InlineData("34.4", DataIssueCodes.PercentDisagreesWithCount, DataIssueSeverity.Error)]
    [InlineData("34", DataIssueCodes.PercentRounding, DataIssueSeverity.Warning)]
    [InlineData("33.4", DataIssueCodes.PercentRounding, DataIssueSeverity.Warning)]
    [InlineData("33.3", null, null)]
    [InlineData("33", null, null)]
    [InlineData("33.33", null, null)]
    public void A_printed_percentage_is_checked_against_n_over_N_with_the_rounding_of_its_digits(string printed, string? code, DataIssueSeverity? severity)
    {
        // 1/3 = 33.333...%: "33" and "33.3" and "33.33" are roundings; "33.4" is 0.067 off (more than 0.05, within 1 point).
        var n = Node();
        n["results"] = new JsonArray(Result(new JsonObject { ["kind"] = "proportion", ["count"] = 1, ["total"] = 3, ["reportedPercent"] = JsonNode.Parse(printed) }));
        var issues = Check(n);
        if (code is null)
        {
            issues.Should().BeEmpty();
        }
        else
        {
            ShouldHave(issues, code, "$.results[0].statistic.reportedPercent", severity!.Value);
        }
    }

    [Theory]
    [InlineData(99, true)]
    [InlineData(11, true)]
    [InlineData(10, false)]
    public void An_adverse_event_in_more_participants_than_the_arm_is_impossible(int participants, bool issue)
    {
        var n = Node();
        n["adverseEvents"] = new JsonArray(new JsonObject { ["term"] = "headache", ["verification"] = "verified", ["armId"] = "msc", ["participants"] = participants });
        var issues = Check(n);
        (issues.Any(i => i.Code == DataIssueCodes.AdverseEventExceedsArm && i.Location.Path == "$.adverseEvents[0].participants")).Should().Be(issue, string.Join("\n", issues));
    }

    [Theory]
    [InlineData(40, "year", DataIssueCodes.TimepointAfterFollowUp, DataIssueSeverity.Error)]
    [InlineData(27, "month", DataIssueCodes.TimepointAfterFollowUp, DataIssueSeverity.Error)]
    [InlineData(26, "month", DataIssueCodes.TimepointNearFollowUp, DataIssueSeverity.Warning)]
    [InlineData(24, "month", null, null)]
    [InlineData(2, "year", null, null)]
    public void A_timepoint_after_follow_up_is_impossible_beyond_10_percent(int amount, string unit, string? code, DataIssueSeverity? severity)
    {
        // 2 years = 730.5 days; +10% = 803.55. 26 months = 791.4 days (warning), 27 months = 821.8 days (error).
        var n = Node();
        n["results"] = new JsonArray(Result(new JsonObject { ["kind"] = "not-reported" }, timepoint: Interval(amount, unit)));
        var issues = Check(n);
        if (code is null)
        {
            issues.Should().BeEmpty();
        }
        else
        {
            ShouldHave(issues, code, "$.results[0].timepoint", severity!.Value);
        }
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("0.001", false)]
    public void A_dose_cap_of_zero_cells_is_impossible(string cap, bool issue)
    {
        var n = Node();
        n["arms"]![0]!["regimen"]!["phases"]![0]!["components"]![0]!["dose"]!["cap"] = new JsonObject { ["millions"] = JsonNode.Parse(cap) };
        var issues = Check(n);
        (issues.Any(i => i.Code == DataIssueCodes.DoseCapNotPositive && i.Location.Path == "$.arms[0].regimen.phases[0].components[0].dose.cap")).Should().Be(issue, string.Join("\n", issues));
    }

    private static JsonObject Crossover(int randomised, params int[] perSequence)
    {
        var n = Node();
        var design = n["design"]!.AsObject();
        design["model"] = "crossover";
        design["periods"] = new JsonArray(
            new JsonObject { ["id"] = "p1", ["label"] = "1", ["start"] = Interval(0, "month"), ["end"] = Interval(6, "month") },
            new JsonObject { ["id"] = "p2", ["label"] = "2", ["start"] = Interval(6, "month"), ["end"] = Interval(12, "month") });
        design["sequences"] = new JsonArray(
            new JsonObject { ["id"] = "ab", ["label"] = "MSC first", ["armIds"] = new JsonArray("msc", "pbo"), ["participants"] = perSequence[0] },
            new JsonObject { ["id"] = "ba", ["label"] = "placebo first", ["armIds"] = new JsonArray("pbo", "msc"), ["participants"] = perSequence[1] });
        n["counts"] = new JsonObject { ["randomized"] = randomised };
        foreach (var arm in n["arms"]!.AsArray())
        {
            arm!.AsObject().Remove("counts");
        }

        return n;
    }

    [Fact]
    public void Sequences_of_9_and_9_when_5_were_randomised_are_impossible() =>
        ShouldHave(Check(Crossover(5, 9, 9)), DataIssueCodes.SequencesExceedRandomised, "$.design.sequences");

    [Fact]
    public void Sequences_adding_up_to_the_randomised_count_are_consistent_and_one_short_is_a_warning()
    {
        Check(Crossover(5, 3, 2)).Should().BeEmpty();
        ShouldHave(Check(Crossover(5, 3, 3)), DataIssueCodes.SequencesExceedRandomised, "$.design.sequences");
        ShouldHave(Check(Crossover(5, 3, 1)), DataIssueCodes.SequencesBelowRandomised, "$.design.sequences", DataIssueSeverity.Warning);
    }

    [Fact]
    public void A_crossover_pools_participant_periods_per_arm()
    {
        // 3 + 2 participants, each arm in both periods: 5 participant-periods per arm; 5/5 is possible, 6 is not.
        var n = Crossover(5, 3, 2);
        n["results"] = new JsonArray(
            Result(new JsonObject { ["kind"] = "proportion", ["count"] = 1, ["total"] = 5 }),
            Result(new JsonObject { ["kind"] = "proportion", ["count"] = 1, ["total"] = 6 }));
        var issues = Check(n);
        issues.Should().ContainSingle(string.Join("\n", issues));
        ShouldHave(issues, DataIssueCodes.DenominatorExceedsPopulation, "$.results[1].statistic.total");
    }

    [Theory]
    [InlineData("50", true)]
    [InlineData("18.46", true)]
    [InlineData("18.45", false)]
    [InlineData("0.29", false)]
    [InlineData("0.28", true)]
    public void An_estimate_outside_its_own_confidence_interval_is_impossible(string estimate, bool issue)
    {
        var n = Node();
        n["results"] = new JsonArray(Result(new JsonObject
        {
            ["kind"] = "ratio", ["ratioKind"] = "odds-ratio", ["estimate"] = JsonNode.Parse(estimate),
            ["interval"] = new JsonObject { ["lower"] = 0.29m, ["upper"] = 18.45m, ["levelPercent"] = 95 },
        }));
        var issues = Check(n);
        (issues.Any(i => i.Code == DataIssueCodes.EstimateOutsideInterval && i.Location.Path == "$.results[0].statistic.interval")).Should().Be(issue, string.Join("\n", issues));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_impossible()
    {
        // Same unit: the constructor rejects it with its path; mixed units: the consistency pass (20 weeks = 140 days < 6 months).
        var n = Crossover(5, 3, 2);
        n["design"]!["periods"]![0]!["end"] = Interval(20, "week");
        n["design"]!["periods"]![0]!["start"] = Interval(6, "month");
        n["design"]!["periods"]![1]!["start"] = Interval(7, "month");
        ShouldHave(Check(n), DataIssueCodes.PeriodOutOfOrder, "$.design.periods[0].end");

        var same = Crossover(5, 3, 2);
        same["design"]!["periods"]![0]!["end"] = Interval(0, "month");
        var act = () => MscDomainJson.DeserializeTrial(same.ToJsonString());
        act.Should().Throw<System.Text.Json.JsonException>().WithMessage("*design.periods[0]*End must be after Start*");
    }

    [Fact]
    public void Overlapping_periods_are_out_of_order()
    {
        var n = Crossover(5, 3, 2);
        n["design"]!["periods"]![1]!["start"] = Interval(5, "month");
        ShouldHave(Check(n), DataIssueCodes.PeriodOutOfOrder, "$.design.periods[1].start");
    }

    [Theory]
    [InlineData("/arms/nope/regimen", true)]
    [InlineData("/arms/msc/regimen/phases/treatment/components/p/dose", false)]
    [InlineData("/arms/0/regimen", false)]
    [InlineData("/arms/2/regimen", true)]
    [InlineData("/colour", true)]
    public void A_provenance_pointer_that_does_not_resolve_is_impossible(string path, bool issue)
    {
        var n = Node();
        n["provenance"] = new JsonArray(new JsonObject { ["path"] = path, ["verification"] = "secondary" });
        var issues = Check(n);
        (issues.Any(i => i.Code == DataIssueCodes.ProvenanceUnresolved && i.Location.Path == "$.provenance[0].path")).Should().Be(issue, string.Join("\n", issues));
    }

    [Fact]
    public void Baseline_counts_above_N_sites_that_contradict_and_unnamed_other_tests_are_reported()
    {
        var n = Node();
        n["baseline"] = new JsonObject { ["participants"] = 20, ["female"] = 15, ["male"] = 6, ["gdEnhancingParticipants"] = 5, ["gdEnhancingPercent"] = 50 };
        n["conduct"] = new JsonObject { ["multicentre"] = false, ["siteCount"] = 3 };
        n["products"]![0]!["releaseTests"] = new JsonArray(new JsonObject { ["kind"] = "other", ["outcome"] = "characterised" });
        var issues = Check(n);
        ShouldHave(issues, DataIssueCodes.BaselineCountExceedsParticipants, "$.baseline.male");
        ShouldHave(issues, DataIssueCodes.BaselineCountExceedsParticipants, "$.baseline.gdEnhancingPercent");
        ShouldHave(issues, DataIssueCodes.SiteCountContradiction, "$.conduct.multicentre");
        ShouldHave(issues, DataIssueCodes.ReleaseTestUnnamed, "$.products[0].releaseTests[0].name", DataIssueSeverity.Warning);
    }

    [Fact]
    public void Baseline_at_its_limits_is_consistent()
    {
        var n = Node();
        n["baseline"] = new JsonObject { ["participants"] = 20, ["female"] = 14, ["male"] = 6, ["gdEnhancingParticipants"] = 5, ["gdEnhancingPercent"] = 25 };
        n["conduct"] = new JsonObject { ["multicentre"] = true, ["siteCount"] = 2, ["sites"] = new JsonArray("A", "B") };
        Check(n).Should().BeEmpty();
    }

    [Fact]
    public void More_individual_values_than_participants_are_impossible()
    {
        var n = Node();
        var r = Result(new JsonObject { ["kind"] = "mean-sd", ["mean"] = 1.5m, ["participants"] = 2 });
        r["individualValues"] = new JsonArray(1.5m, 1m, 2m);
        n["results"] = new JsonArray(r);
        ShouldHave(Check(n), DataIssueCodes.IndividualValuesExceedCount, "$.results[0].individualValues");
        r["individualValues"] = new JsonArray(1.5m, 1m);
        Check(n).Should().BeEmpty();
    }

    [Fact]
    public void Every_consistency_code_is_documented()
    {
        foreach (var code in new[]
        {
            DataIssueCodes.CountExceedsParent, DataIssueCodes.ArmCountExceedsTrial, DataIssueCodes.DenominatorExceedsPopulation,
            DataIssueCodes.PercentDisagreesWithCount, DataIssueCodes.PercentRounding, DataIssueCodes.AdverseEventExceedsArm,
            DataIssueCodes.TimepointAfterFollowUp, DataIssueCodes.TimepointNearFollowUp, DataIssueCodes.PeriodOutOfOrder,
            DataIssueCodes.SequencesExceedRandomised, DataIssueCodes.SequencesBelowRandomised, DataIssueCodes.EstimateOutsideInterval,
            DataIssueCodes.DoseCapNotPositive, DataIssueCodes.ProvenanceUnresolved, DataIssueCodes.BaselineCountExceedsParticipants,
            DataIssueCodes.SiteCountContradiction, DataIssueCodes.ReleaseTestUnnamed, DataIssueCodes.IndividualValuesExceedCount,
        })
        {
            code.Should().StartWith("MSC10");
            DataIssueCodes.MeaningOf(code).Should().NotBeNullOrWhiteSpace();
        }
    }
}
