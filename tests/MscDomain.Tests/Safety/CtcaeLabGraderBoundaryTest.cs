using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

/// <summary>Boundary tests of <see cref="CtcaeLabGrader"/>; expected grades from the CTCAE text in safety.md §2-§6.</summary>
public sealed class CtcaeLabGraderBoundaryTest
{
    private const CtcaeVersion V5 = CtcaeVersion.V5_0;
    private const CtcaeVersion V6 = CtcaeVersion.V6_0;

    private static LabGradingResult Grade(LabTerm term, CtcaeVersion version, decimal? value, string unit = "", decimal? lln = null, decimal? uln = null,
        decimal? baseline = null, ReferenceRangeStatus status = ReferenceRangeStatus.Unknown, LabGradingOptions? options = null,
        bool? symptomatic = null, bool? intervention = null, bool isBaselineRecord = false) =>
        new CtcaeLabGrader(options ?? LabGradingOptions.Default).Grade(new LabGradingInput
        {
            Term = term,
            Version = version,
            Value = value,
            Unit = LabUnitParser.Parse(unit),
            Lln = lln,
            Uln = uln,
            BaselineValue = baseline,
            BaselineStatus = status,
            Symptomatic = symptomatic,
            InterventionIndicated = intervention,
            IsBaselineRecord = isBaselineRecord,
        });

    // Hyperkalemia: >ULN - 5.5; >5.5 - 6.0; >6.0 - 7.0; >7.0 mmol/L (CTCAE v5.0 and v6.0).
    [Theory]
    [InlineData(V5, "5.1", 0)]
    [InlineData(V5, "5.11", 1)]
    [InlineData(V5, "5.5", 1)]
    [InlineData(V5, "5.51", 2)]
    [InlineData(V5, "6.0", 2)]
    [InlineData(V5, "6.01", 3)]
    [InlineData(V5, "7.0", 3)]
    [InlineData(V5, "7.01", 4)]
    [InlineData(V6, "5.1", 0)]
    [InlineData(V6, "5.11", 1)]
    [InlineData(V6, "5.5", 1)]
    [InlineData(V6, "5.51", 2)]
    [InlineData(V6, "6.0", 2)]
    [InlineData(V6, "6.01", 3)]
    [InlineData(V6, "7.0", 3)]
    [InlineData(V6, "7.01", 4)]
    public void Hyperkalemia_value_at_ULN_is_0_and_each_band_edge_A_B_includes_B_only(CtcaeVersion v, string value, int expected) =>
        Grade(LabTerm.Hyperkalemia, v, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "mmol/L", 3.5m, 5.1m).GradeValue.Should().Be(expected);

    // Neutrophil count decreased v5: <LLN - 1.5; <1.5 - 1.0; <1.0 - 0.5; <0.5 (x10^9/L). v6 no LLN: 1.5 -> 0; <0.1 -> G4.
    [Theory]
    [InlineData(V5, "2.0", 0)]
    [InlineData(V5, "1.99", 1)]
    [InlineData(V5, "1.5", 1)]
    [InlineData(V5, "1.49", 2)]
    [InlineData(V5, "1.0", 2)]
    [InlineData(V5, "0.99", 3)]
    [InlineData(V5, "0.5", 3)]
    [InlineData(V5, "0.49", 4)]
    [InlineData(V6, "1.99", 0)]
    [InlineData(V6, "1.5", 0)]
    [InlineData(V6, "1.49", 1)]
    [InlineData(V6, "1.0", 1)]
    [InlineData(V6, "0.99", 2)]
    [InlineData(V6, "0.5", 2)]
    [InlineData(V6, "0.49", 3)]
    [InlineData(V6, "0.1", 3)]
    [InlineData(V6, "0.09", 4)]
    public void Neutrophils_low_bands_include_the_lower_edge(CtcaeVersion v, string value, int expected) =>
        Grade(LabTerm.NeutrophilCountDecreased, v, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "10^9/L", 2.0m, 7.5m).GradeValue.Should().Be(expected);

    [Fact]
    public void Count_in_cells_per_uL_is_graded_against_the_mm3_column_without_conversion()
    {
        Grade(LabTerm.NeutrophilCountDecreased, V5, 1400m, "cells/uL", 2000m).GradeValue.Should().Be(2);
        Grade(LabTerm.NeutrophilCountDecreased, V5, 1500m, "/mm3", 2000m).GradeValue.Should().Be(1);
        Grade(LabTerm.PlateletCountDecreased, V6, 9m, "10^3/uL", 150m).GradeValue.Should().Be(4);
    }

    [Fact]
    public void Decimal_arithmetic_keeps_1_5_times_ULN_0_7_exactly_at_1_05()
    {
        // Blood bilirubin increased: >ULN - 1.5 x ULN is G1; 1.5 x 0.7 = 1.05 exactly (1.0499999999999998 in double).
        Grade(LabTerm.BloodBilirubinIncreased, V5, 1.05m, uln: 0.7m, status: ReferenceRangeStatus.Normal).GradeValue.Should().Be(1);
        Grade(LabTerm.BloodBilirubinIncreased, V5, 1.0500001m, uln: 0.7m, status: ReferenceRangeStatus.Normal).GradeValue.Should().Be(2);
        Grade(LabTerm.BloodBilirubinIncreased, V6, 1.05m, uln: 0.7m, status: ReferenceRangeStatus.Normal).GradeValue.Should().Be(1);
    }

    [Fact]
    public void Differences_below_double_precision_are_still_decided_exactly()
    {
        // 1.5 x 0.7 = 1.05; a value 1e-20 above it is G2, exactly at it G1 (double cannot tell these apart).
        Grade(LabTerm.BloodBilirubinIncreased, V5, 1.05000000000000000001m, uln: 0.7m, status: ReferenceRangeStatus.Normal).GradeValue.Should().Be(2);
        Grade(LabTerm.BloodBilirubinIncreased, V5, 1.04999999999999999999m, uln: 0.7m, status: ReferenceRangeStatus.Normal).GradeValue.Should().Be(1);
        Grade(LabTerm.Hyperkalemia, V6, 5.10000000000000000001m, "mmol/L", uln: 5.1m).GradeValue.Should().Be(1);
        Grade(LabTerm.Hyperkalemia, V6, 5.1m, "mmol/L", uln: 5.10000000000000000001m).GradeValue.Should().Be(0);
    }

    [Theory]
    [InlineData(V5)]
    [InlineData(V6)]
    public void Missing_ULN_makes_a_ULN_multiple_term_not_gradable(CtcaeVersion v)
    {
        var r = Grade(LabTerm.ActivatedPartialThromboplastinTimeProlonged, v, 50m);
        r.IsGradable.Should().BeFalse();
        r.Grade.Should().BeNull();
        r.Reason.Should().Be(CtcaeNotGradableReason.MissingUln);
        r.Message.Should().Contain("ULN");
    }

    [Theory]
    [InlineData(V5)]
    [InlineData(V6)]
    public void Missing_LLN_is_not_gradable_unless_an_absolute_band_decides(CtcaeVersion v)
    {
        Grade(LabTerm.Hypoglycemia, v, 3.5m, "mmol/L").Reason.Should().Be(CtcaeNotGradableReason.MissingLln);
        Grade(LabTerm.Hypoglycemia, v, 2.9m, "mmol/L").GradeValue.Should().Be(2);
    }

    [Fact]
    public void Missing_LLN_v5_neutrophils_1_1_is_grade_2_and_1_6_is_not_gradable()
    {
        // safety.md §4 worked example.
        Grade(LabTerm.NeutrophilCountDecreased, V5, 1.1m, "10^9/L").GradeValue.Should().Be(2);
        Grade(LabTerm.NeutrophilCountDecreased, V5, 1.6m, "10^9/L").Reason.Should().Be(CtcaeNotGradableReason.MissingLln);
    }

    [Theory]
    [InlineData(V5)]
    [InlineData(V6)]
    public void Missing_baseline_INR_at_1_2_is_not_gradable_but_1_6_is_grade_2(CtcaeVersion v)
    {
        Grade(LabTerm.InrIncreased, v, 1.2m).Reason.Should().Be(CtcaeNotGradableReason.MissingBaseline);
        Grade(LabTerm.InrIncreased, v, 1.6m).GradeValue.Should().Be(2);
    }

    [Fact]
    public void V5_creatinine_without_ULN_is_graded_from_baseline_and_flags_the_unchecked_band()
    {
        // safety.md §4: value above 3 x baseline is G3; G4 (>6 x ULN) is unknown.
        var r = Grade(LabTerm.CreatinineIncreased, V5, 100m, baseline: 30m);
        r.GradeValue.Should().Be(3);
        r.Flags.Should().HaveFlag(LabGradingFlags.MoreSevereBandNotCheckable);
        r.UncheckedReference.Should().Be(CtcaeNotGradableReason.MissingUln);
    }

    [Fact]
    public void V6_ALP_without_ULN_value_equal_to_baseline_is_0_and_above_baseline_not_gradable()
    {
        Grade(LabTerm.AlkalinePhosphataseIncreased, V6, 40m, baseline: 40m).GradeValue.Should().Be(0);
        Grade(LabTerm.AlkalinePhosphataseIncreased, V6, 41m, baseline: 40m).Reason.Should().Be(CtcaeNotGradableReason.MissingUln);
    }

    [Theory]
    [InlineData(V5)]
    [InlineData(V6)]
    public void Unknown_or_unsupported_unit_is_not_gradable(CtcaeVersion v)
    {
        Grade(LabTerm.Hyperkalemia, v, 6m, "mg/dL", uln: 5m).Reason.Should().Be(CtcaeNotGradableReason.UnknownUnit);
        Grade(LabTerm.Anemia, v, 100m, "G/cL", lln: 140m).Reason.Should().Be(CtcaeNotGradableReason.UnknownUnit);
        Grade(LabTerm.Anemia, v, 100m, "", lln: 140m).Reason.Should().Be(CtcaeNotGradableReason.UnknownUnit);
    }

    [Fact]
    public void Hemoglobin_mmol_per_L_is_graded_in_its_own_column()
    {
        // safety.md §4: Hgb 6.2 mmol/L is G1 in its own column (9.99 g/dL, G2, only after conversion).
        Grade(LabTerm.Anemia, V5, 6.2m, "mmol/L", lln: 7.5m).GradeValue.Should().Be(1);
        Grade(LabTerm.Anemia, V5, 6.19m, "mmol/L", lln: 7.5m).GradeValue.Should().Be(2);
    }

    [Theory]
    [InlineData(V5)]
    [InlineData(V6)]
    public void Negative_count_is_invalid_input(CtcaeVersion v) =>
        Grade(LabTerm.NeutrophilCountDecreased, v, -0.1m, "10^9/L", 2m).Reason.Should().Be(CtcaeNotGradableReason.InvalidInput);

    [Theory]
    [InlineData(V5)]
    [InlineData(V6)]
    public void ULN_not_above_LLN_is_invalid_when_baseline_status_must_be_derived_from_the_range(CtcaeVersion v)
    {
        Grade(LabTerm.AlanineAminotransferaseIncreased, v, 60m, lln: 50m, uln: 40m, baseline: 45m).Reason.Should().Be(CtcaeNotGradableReason.InvalidReferenceRange);
        Grade(LabTerm.AlanineAminotransferaseIncreased, v, 60m, lln: 40m, uln: 40m, baseline: 45m).Reason.Should().Be(CtcaeNotGradableReason.InvalidReferenceRange);
    }

    [Fact]
    public void Unknown_term_and_term_outside_the_version_are_not_gradable()
    {
        Grade(LabTerm.None, V5, 1m).Reason.Should().Be(CtcaeNotGradableReason.UnknownTerm);
        Grade(LabTerm.CpkIncreased, V6, 100m, uln: 40m).Reason.Should().Be(CtcaeNotGradableReason.UnsupportedVersion);
        Grade(LabTerm.CreatinineClearanceDecreased, V5, 20m, "mL/min").Reason.Should().Be(CtcaeNotGradableReason.UnsupportedVersion);
        Grade(LabTerm.Hyperkalemia, (CtcaeVersion)7, 6m, "mmol/L", uln: 5m).Reason.Should().Be(CtcaeNotGradableReason.UnsupportedVersion);
        Grade(LabTerm.Hyperkalemia, V5, null, "mmol/L", uln: 5m).Reason.Should().Be(CtcaeNotGradableReason.MissingValue);
    }

    [Fact]
    public void V5_ALT_abnormal_baseline_switches_to_baseline_multiples_and_above_ULN_can_be_0()
    {
        // Baseline 50 > ULN 40: G1 is 1.5 - 3.0 x baseline (inclusive).
        var above = Grade(LabTerm.AlanineAminotransferaseIncreased, V5, 74m, uln: 40m, baseline: 50m, status: ReferenceRangeStatus.High);
        above.GradeValue.Should().Be(0);
        var g1 = Grade(LabTerm.AlanineAminotransferaseIncreased, V5, 75m, uln: 40m, baseline: 50m, status: ReferenceRangeStatus.High);
        g1.GradeValue.Should().Be(1);
        g1.Flags.Should().HaveFlag(LabGradingFlags.BaselineMultiplesUsed);
        Grade(LabTerm.AlanineAminotransferaseIncreased, V5, 150m, uln: 40m, baseline: 50m, status: ReferenceRangeStatus.High).GradeValue.Should().Be(1);
        Grade(LabTerm.AlanineAminotransferaseIncreased, V5, 151m, uln: 40m, baseline: 50m, status: ReferenceRangeStatus.High).GradeValue.Should().Be(2);
    }

    [Fact]
    public void V6_ALT_abnormal_baseline_uses_1_0_times_baseline_inclusive()
    {
        Grade(LabTerm.AlanineAminotransferaseIncreased, V6, 50m, uln: 40m, baseline: 50m, status: ReferenceRangeStatus.High).GradeValue.Should().Be(1);
        Grade(LabTerm.AlanineAminotransferaseIncreased, V6, 49m, uln: 40m, baseline: 50m, status: ReferenceRangeStatus.High).GradeValue.Should().Be(0);
        // Baseline low counts as normal in v6: ULN multiples.
        Grade(LabTerm.AlanineAminotransferaseIncreased, V6, 41m, lln: 10m, uln: 40m, baseline: 5m, status: ReferenceRangeStatus.Low).GradeValue.Should().Be(1);
    }

    [Fact]
    public void Baseline_status_is_derived_from_the_baseline_value_when_not_supplied()
    {
        var r = Grade(LabTerm.AlanineAminotransferaseIncreased, V5, 74m, uln: 40m, baseline: 50m);
        r.GradeValue.Should().Be(0);
        r.Flags.Should().HaveFlag(LabGradingFlags.BaselineStatusDerived);
    }

    [Fact]
    public void V6_creatinine_uses_baseline_multiples_only_when_baseline_below_LLN()
    {
        Grade(LabTerm.CreatinineIncreased, V6, 121m, uln: 41m, baseline: 40m, status: ReferenceRangeStatus.Low).GradeValue.Should().Be(3);
        Grade(LabTerm.CreatinineIncreased, V6, 121m, uln: 41m, baseline: 40m, status: ReferenceRangeStatus.Normal).GradeValue.Should().Be(2);
    }

    [Fact]
    public void Baseline_record_is_graded_against_the_normal_range_only()
    {
        var r = Grade(LabTerm.AlanineAminotransferaseIncreased, V5, 60m, uln: 40m, baseline: 60m, status: ReferenceRangeStatus.High, isBaselineRecord: true);
        r.GradeValue.Should().Be(1);
        r.Flags.Should().HaveFlag(LabGradingFlags.GradedAsBaselineRecord);
        var admiralLike = new LabGradingOptions { GradeBaselineAgainstNormalRangeOnly = false };
        Grade(LabTerm.AlanineAminotransferaseIncreased, V5, 60m, uln: 40m, baseline: 60m, status: ReferenceRangeStatus.High, isBaselineRecord: true, options: admiralLike)
            .GradeValue.Should().Be(0);
    }

    [Fact]
    public void Hypokalemia_symptom_band_follows_the_clinical_qualifier_policy()
    {
        var worst = Grade(LabTerm.Hypokalemia, V5, 3.2m, "mmol/L", 3.5m);
        worst.GradeValue.Should().Be(2);
        worst.Flags.Should().HaveFlag(LabGradingFlags.ClinicalPolicyApplied);
        Grade(LabTerm.Hypokalemia, V5, 3.2m, "mmol/L", 3.5m, symptomatic: false, intervention: false).GradeValue.Should().Be(1);
        Grade(LabTerm.Hypokalemia, V5, 3.2m, "mmol/L", 3.5m, symptomatic: false, intervention: true).GradeValue.Should().Be(2);
        Grade(LabTerm.Hypokalemia, V6, 3.2m, "mmol/L", 3.5m, options: new LabGradingOptions { ClinicalQualifierPolicy = ClinicalQualifierPolicy.BestCase })
            .GradeValue.Should().Be(1);
        Grade(LabTerm.Hypokalemia, V6, 3.2m, "mmol/L", 3.5m, options: new LabGradingOptions { ClinicalQualifierPolicy = ClinicalQualifierPolicy.RequireClinicalInput })
            .Reason.Should().Be(CtcaeNotGradableReason.ClinicalInputRequired);
    }

    [Fact]
    public void Lipase_v6_cuts_at_3_times_ULN_and_symptoms_decide_above_it()
    {
        Grade(LabTerm.LipaseIncreased, V6, 300m, uln: 100m).GradeValue.Should().Be(2);
        Grade(LabTerm.LipaseIncreased, V6, 301m, uln: 100m).GradeValue.Should().Be(3);
        Grade(LabTerm.LipaseIncreased, V6, 301m, uln: 100m, symptomatic: false).GradeValue.Should().Be(2);
        Grade(LabTerm.LipaseIncreased, V5, 201m, uln: 100m, symptomatic: false).GradeValue.Should().Be(2);
        Grade(LabTerm.LipaseIncreased, V5, 501m, uln: 100m, symptomatic: false).GradeValue.Should().Be(3);
    }

    [Fact]
    public void V5_hyponatremia_integer_gap_goes_to_the_more_severe_band_by_default()
    {
        var r = Grade(LabTerm.Hyponatremia, V5, 129.5m, "mmol/L", 135m, symptomatic: false);
        r.GradeValue.Should().Be(2);
        r.Flags.Should().HaveFlag(LabGradingFlags.IntegerBandGapValue);
        var admiral = new LabGradingOptions { IntegerBandGap = IntegerBandGapPolicy.LessSevere };
        Grade(LabTerm.Hyponatremia, V5, 129.5m, "mmol/L", 135m, options: admiral).GradeValue.Should().Be(1);
        Grade(LabTerm.Hyponatremia, V5, 124.5m, "mmol/L", 135m, symptomatic: false).GradeValue.Should().Be(3);
        Grade(LabTerm.Hyponatremia, V5, 124.5m, "mmol/L", 135m, symptomatic: false, options: admiral).GradeValue.Should().Be(2);
        Grade(LabTerm.Hyponatremia, V6, 129.5m, "mmol/L", 135m, symptomatic: false).GradeValue.Should().Be(2);
    }

    [Fact]
    public void V6_creatinine_clearance_gaps_and_below_10_not_gradable()
    {
        var admiral = new LabGradingOptions { IntegerBandGap = IntegerBandGapPolicy.LessSevere };
        Grade(LabTerm.CreatinineClearanceDecreased, V6, 25.5m, "mL/min").GradeValue.Should().Be(3);
        Grade(LabTerm.CreatinineClearanceDecreased, V6, 25.5m, "mL/min", options: admiral).GradeValue.Should().Be(2);
        Grade(LabTerm.CreatinineClearanceDecreased, V6, 49.5m, "mL/min").GradeValue.Should().Be(2);
        Grade(LabTerm.CreatinineClearanceDecreased, V6, 49.5m, "mL/min", options: admiral).GradeValue.Should().Be(0);
        Grade(LabTerm.CreatinineClearanceDecreased, V6, 9.9m, "mL/min").Reason.Should().Be(CtcaeNotGradableReason.ClinicalInputRequired);
    }

    [Fact]
    public void Combined_signed_grade_low_negative_high_positive()
    {
        var low = Grade(LabTerm.Hypokalemia, V5, 2.4m, "mmol/L", 3.5m);
        var high = Grade(LabTerm.Hyperkalemia, V5, 2.4m, "mmol/L", 3.5m, 5.1m);
        CtcaeLabGrader.CombineSigned(low, high).Should().Be(-4);
        var normalLow = Grade(LabTerm.Hypokalemia, V5, 6.1m, "mmol/L", 3.5m);
        var highG3 = Grade(LabTerm.Hyperkalemia, V5, 6.1m, "mmol/L", 3.5m, 5.1m);
        CtcaeLabGrader.CombineSigned(normalLow, highG3).Should().Be(3);
        CtcaeLabGrader.CombineSigned(normalLow, Grade(LabTerm.Hyperkalemia, V5, 4m, "mmol/L", 3.5m, 5.1m)).Should().Be(0);
        CtcaeLabGrader.CombineSigned(normalLow, Grade(LabTerm.Hyperkalemia, V5, 4m, "mmol/L", 3.5m)).Should().BeNull();
        CtcaeLabGrader.CombineSigned(null, Grade(LabTerm.InrIncreased, V5, 1m, baseline: 1m)).Should().Be(0);
    }

    [Fact]
    public void Grade_carries_its_version_and_rejects_out_of_range_values()
    {
        Grade(LabTerm.Hyperkalemia, V6, 7.5m, "mmol/L", uln: 5.1m).Grade.Should().Be(new CtcaeGrade(4, V6));
        var act = () => new CtcaeGrade(6, V5);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
    }

    public static TheoryData<LabTerm, CtcaeVersion> AllRuleSets()
    {
        var data = new TheoryData<LabTerm, CtcaeVersion>();
        foreach (var term in Enum.GetValues<LabTerm>().Where(t => t != LabTerm.None))
        {
            foreach (var v in new[] { V5, V6 })
            {
                if (LabTermCatalog.IsGradable(term, v))
                {
                    data.Add(term, v);
                }
            }
        }

        return data;
    }

    [Property(MaxTest = 300)]
    public Property Grading_is_monotone_in_the_value_for_every_unidirectional_term(PositiveInt a, PositiveInt b, bool symptomatic)
    {
        var lo = Math.Min(a.Get, b.Get) % 200_000 / 100m;
        var hi = Math.Max(a.Get, b.Get) % 200_000 / 100m;
        if (lo > hi)
        {
            (lo, hi) = (hi, lo);
        }

        var violations = new List<string>();
        foreach (var term in Enum.GetValues<LabTerm>().Where(t => t != LabTerm.None))
        {
            foreach (var v in new[] { V5, V6 })
            {
                if (!LabTermCatalog.IsGradable(term, v))
                {
                    continue;
                }

                var units = LabTermCatalog.Units(term, v);
                foreach (var unit in units.Count == 0 ? [LabUnit.Unspecified] : units)
                {
                    int? G(decimal x) => CtcaeLabGrader.Default.Grade(new LabGradingInput
                    {
                        Term = term, Version = v, Value = x, Unit = unit, Lln = 3.5m, Uln = 5.0m, BaselineValue = 4.5m,
                        BaselineStatus = ReferenceRangeStatus.Normal, Symptomatic = symptomatic, OnAnticoagulation = true,
                    }).GradeValue;
                    var (gLo, gHi) = (G(lo), G(hi));
                    if (gLo is null || gHi is null)
                    {
                        continue;
                    }

                    var ok = LabTermCatalog.DirectionOf(term) == LabGradingDirection.High ? gLo <= gHi : gLo >= gHi;
                    if (!ok)
                    {
                        violations.Add($"{term} {v} {unit}: g({lo})={gLo}, g({hi})={gHi}");
                    }
                }
            }
        }

        return (violations.Count == 0).Label(string.Join("; ", violations));
    }

    [Theory]
    [MemberData(nameof(AllRuleSets))]
    public void Every_term_documents_its_CTCAE_name_and_grades_a_normal_value_as_0(LabTerm term, CtcaeVersion v)
    {
        LabTermCatalog.CtcaeName(term, v).Should().NotBeNullOrWhiteSpace();
        LabTermCatalog.TryResolve(LabTermCatalog.CtcaeName(term, v), null, out var resolved).Should().BeTrue();
        var units = LabTermCatalog.Units(term, v);
        var unit = units.Count == 0 ? LabUnit.Unspecified : units[0];
        // Typical healthy values in the term's first unit column (SI): value, LLN, ULN.
        var (normal, lln, uln) = term switch
        {
            LabTerm.Anemia or LabTerm.HemoglobinIncreased => (140m, 120m, 160m),
            LabTerm.Leukocytosis or LabTerm.WhiteBloodCellDecreased => (7m, 4m, 10m),
            LabTerm.NeutrophilCountDecreased => (4m, 2m, 7.5m),
            LabTerm.LymphocyteCountDecreased or LabTerm.LymphocyteCountIncreased => (2m, 1m, 4m),
            LabTerm.Cd4LymphocytesDecreased => (0.8m, 0.5m, 1.5m),
            LabTerm.PlateletCountDecreased => (250m, 150m, 400m),
            LabTerm.InrIncreased => (1.0m, 0.8m, 1.2m),
            LabTerm.FibrinogenDecreased => (3m, 2m, 4m),
            LabTerm.CreatinineClearanceDecreased => (90m, 60m, 140m),
            LabTerm.Hypokalemia or LabTerm.Hyperkalemia => (4.0m, 3.5m, 5.1m),
            LabTerm.Hyponatremia or LabTerm.Hypernatremia => (140m, 135m, 145m),
            LabTerm.Hypocalcemia or LabTerm.Hypercalcemia => (2.3m, 2.1m, 2.6m),
            LabTerm.HypocalcemiaIonized or LabTerm.HypercalcemiaIonized => (1.2m, 1.1m, 1.3m),
            LabTerm.Hypomagnesemia or LabTerm.Hypermagnesemia => (0.8m, 0.7m, 1.0m),
            LabTerm.Hypoglycemia or LabTerm.Hyperglycemia or LabTerm.HyperglycemiaFasting => (5m, 3.9m, 6.1m),
            LabTerm.Hypoalbuminemia => (40m, 35m, 50m),
            LabTerm.CholesterolHigh => (4.5m, 0m, 5.2m),
            LabTerm.Hypertriglyceridemia => (1.0m, 0.5m, 1.7m),
            LabTerm.Acidosis or LabTerm.Alkalosis => (7.40m, 7.35m, 7.45m),
            LabTerm.HdlDecreased or LabTerm.LdlIncreased => (1.5m, 1.0m, 3.0m),
            _ => (30m, 5m, 40m),
        };

        var r = CtcaeLabGrader.Default.Grade(new LabGradingInput
        {
            Term = term, Version = v, Value = normal, Unit = unit, Lln = lln, Uln = uln, BaselineValue = normal,
            BaselineStatus = ReferenceRangeStatus.Normal, Symptomatic = false, InterventionIndicated = false, OnAnticoagulation = false,
        });
        r.GradeValue.Should().Be(0, r.Message);
    }
}
