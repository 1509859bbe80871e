using System.Text.Json;
using System.Text.Json.Nodes;
using MscDomain.Common;
using MscDomain.Dosing;
using MscDomain.Serialization;
using MscDomain.Tests.Trials;

namespace MscDomain.Tests.Dosing;

/// <summary>Issue 10, class 20 (hit once each): a dose stated per course across two simultaneous routes, an escalation with
/// unstated doses, and a co-medication taper with its order and a normalised unit each have a typed home on the wire.</summary>
public sealed class OneOffDosingFactsTest
{
    // "1 × 10^6 cells/kg per course, given intrathecally and intravenously at the same visit" (split not stated);
    // "dose escalation in three steps" (step doses not stated); "methylprednisolone 1 g × 3 days, then oral prednisone
    // taper 60 mg, 40 mg" with the taper printed as "mg/kg" where mg is meant.
    private const string Regimen = """
        "regimen": {
          "phases": [{ "name": "treatment", "schedule": { "kind": "single" }, "components": [
            { "productId": "p", "route": "intrathecal", "dose": { "kind": "not-reported" } },
            { "productId": "p", "route": "intravenous", "dose": { "kind": "not-reported" } }] }],
          "courseDose": { "kind": "per-kg", "targetMinimum": { "millionsPerKg": 1 }, "targetMaximum": { "millionsPerKg": 1 }, "entity": "cells", "verbatim": "1 × 10^6 cells/kg per course (IT + IV)" },
          "escalation": { "scheme": "across-administrations", "steps": 3, "text": "dose escalation in three steps" },
          "coMedications": [{ "name": "corticosteroid", "role": "premedication", "steps": [
            { "order": 1, "stage": "pulse", "dose": 1, "doseUnitVerbatim": "g", "unit": "g", "schedule": { "kind": "repeated", "minimumCount": 3, "maximumCount": 3, "intervalMinimum": { "amount": 1, "unit": "day" } }, "route": "intravenous" },
            { "order": 2, "stage": "taper", "dose": 60, "doseUnitVerbatim": "mg/kg", "unit": "mg", "correctionNote": "mg/kg printed; mg meant", "schedule": { "kind": "single" }, "route": "not-reported" },
            { "order": 3, "stage": "taper", "dose": 40, "doseUnitVerbatim": "mg/kg", "unit": "mg", "correctionNote": "mg/kg printed; mg meant", "schedule": { "kind": "single" }, "route": "not-reported" }] }]
        }
        """;

    private static string Document()
    {
        var node = JsonNode.Parse(LighterDocumentTest.Minimal)!;
        node["arms"]![0]!["regimen"] = JsonNode.Parse("{" + Regimen + "}")!["regimen"]!.DeepClone();
        return node.ToJsonString();
    }

    private static Regimen Read(string json) => MscDomainJson.DeserializeTrial(json).Arms[0].Regimen!;

    private static string WithRegimen(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(Document())!;
        change((JsonObject)node["arms"]![0]!["regimen"]!);
        return node.ToJsonString();
    }

    [Fact]
    public void A_dose_per_course_across_two_simultaneous_routes_is_typed_and_gives_the_course_total()
    {
        var regimen = Read(Document());
        regimen.Phases[0].Components.Select(c => c.Route).Should().Equal(Route.Intrathecal, Route.Intravenous);
        regimen.CourseDose.Should().BeOfType<PerKgDose>();
        var total = regimen.PlannedTotalFor(new WeightKg(70m))!;
        total.Minimum.Millions.Should().Be(70m, "1 × 10^6 cells/kg for the whole course × 70 kg, counted once, not once per route");
        total.Maximum.Millions.Should().Be(70m);
    }

    [Fact]
    public void A_course_dose_beside_a_stated_component_dose_is_rejected()
    {
        var json = WithRegimen(r => r["phases"]![0]!["components"]![1]!["dose"] = JsonNode.Parse("""{ "kind": "per-kg", "targetMinimum": { "millionsPerKg": 1 }, "targetMaximum": { "millionsPerKg": 1 }, "entity": "cells" }"""));
        var act = () => Read(json);
        act.Should().Throw<JsonException>().Where(e => e.Path == "$.arms[0].regimen").WithMessage("*CourseDose*'p' (Intravenous)*must be not-reported*");
    }

    [Fact]
    public void A_course_dose_that_is_not_reported_is_rejected_and_absent_means_no_course_dose()
    {
        var notReported = WithRegimen(r => r["courseDose"] = JsonNode.Parse("""{ "kind": "not-reported" }"""));
        var act = () => Read(notReported);
        act.Should().Throw<JsonException>().WithMessage("*CourseDose must state a dose*");

        var absent = Read(WithRegimen(r => r.Remove("courseDose")));
        absent.CourseDose.Should().BeNull();
        absent.PlannedTotalFor(new WeightKg(70m)).Should().BeNull("without a course dose the not-reported split leaves the total unknown");
    }

    [Fact]
    public void An_escalation_with_unstated_doses_is_typed()
    {
        var regimen = Read(Document());
        regimen.Escalation.Should().Be(new DoseEscalation(EscalationScheme.AcrossAdministrations, 3, "dose escalation in three steps"));
        WireName.Of(EscalationScheme.SequentialCohorts).Should().Be("sequential-cohorts");
        WireName.Of(EscalationScheme.NotReported).Should().Be("not-reported");
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void An_escalation_has_at_least_two_steps(int steps, bool valid)
    {
        var act = () => new DoseEscalation(EscalationScheme.NotReported, steps);
        if (valid)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Steps").WithMessage("*at least 2*");
        }
    }

    [Fact]
    public void A_co_medication_taper_keeps_its_order_verbatim_unit_and_normalised_unit()
    {
        var steps = Read(Document()).CoMedications[0].Steps;
        steps.Select(s => s.Order).Should().Equal(1, 2, 3);
        steps.Select(s => s.Stage).Should().Equal(CoMedicationStage.Pulse, CoMedicationStage.Taper, CoMedicationStage.Taper);
        steps[1].DoseUnitVerbatim.Should().Be("mg/kg");
        steps[1].Unit.Should().Be(CoMedicationUnit.Milligram);
        steps[0].Unit.Should().Be(CoMedicationUnit.Gram);
    }

    [Fact]
    public void A_taper_out_of_order_or_with_a_partial_order_is_rejected()
    {
        var swapped = WithRegimen(r => { r["coMedications"]![0]!["steps"]![1]!["order"] = 3; r["coMedications"]![0]!["steps"]![2]!["order"] = 2; });
        var act = () => Read(swapped);
        act.Should().Throw<JsonException>().Where(e => e.Path == "$.arms[0].regimen.coMedications[0]").WithMessage("*Steps[1].Order is 3*must be 2*");

        var partial = WithRegimen(r => ((JsonObject)r["coMedications"]![0]!["steps"]![2]!).Remove("order"));
        var partialAct = () => Read(partial);
        partialAct.Should().Throw<JsonException>().WithMessage("*2 of 3 steps state their order*");

        var none = WithRegimen(r => { foreach (var s in r["coMedications"]![0]!["steps"]!.AsArray()) { ((JsonObject)s!).Remove("order"); } });
        Read(none).CoMedications[0].Steps.Should().OnlyContain(s => s.Order == null);
    }

    [Fact]
    public void An_unknown_unit_lists_the_allowed_units()
    {
        var json = WithRegimen(r => r["coMedications"]![0]!["steps"]![0]!["unit"] = "mg/kg");
        var act = () => Read(json);
        act.Should().Throw<JsonException>().WithMessage("*mg, g, ug, mg-per-kg, mg-per-m2, iu, ml*");
    }

    [Fact]
    public void The_one_off_facts_round_trip()
    {
        var doc = MscDomainJson.DeserializeTrial(Document());
        var written = MscDomainJson.Serialize(doc);
        var again = MscDomainJson.DeserializeTrial(written);
        MscDomainJson.Serialize(again).Should().Be(written);
        var regimen = again.Arms[0].Regimen!;
        regimen.CourseDose.Should().Be(doc.Arms[0].Regimen!.CourseDose);
        regimen.Escalation.Should().Be(doc.Arms[0].Regimen!.Escalation);
        regimen.CoMedications[0].Steps.Should().Equal(doc.Arms[0].Regimen!.CoMedications[0].Steps);
        written.Should().Contain("\"courseDose\"").And.Contain("\"escalation\"").And.Contain("\"scheme\": \"across-administrations\"").And.Contain("\"unit\": \"mg\"").And.Contain("\"stage\": \"taper\"");
    }
}
