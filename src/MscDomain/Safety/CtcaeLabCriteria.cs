using static MscDomain.Safety.LabBoundKind;
using static MscDomain.Safety.LabCompare;
using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// The CTCAE v5.0 and v6.0 lab criteria as data: term × version → unit columns → grade bands, most severe first.
/// </summary>
/// <remarks>
/// Source: NCI CTCAE v5.0 (27 Nov 2017) and v6.0 (2025), as paraphrased in safety.md §5 from pharmaverse admiral's
/// grading metadata (ncictcaev5/ncictcaev6, SI and US-conventional). Range notation (§2.1): "&gt;A - B" is
/// A &lt; x ≤ B; "A - B" is inclusive; "&lt;LLN - B" is B ≤ x &lt; LLN. Grade 5 (death) and clinical-only bands
/// are not lab-gradable and are absent. Count terms are written in ×10⁹/L and their /µL (/mm³) column is CTCAE's
/// printed ×1000 column.
/// </remarks>
internal static class CtcaeLabCriteria
{
    private static readonly LabRuleSet?[] Table = Build();

    /// <summary>The rule set for a term and version, or <see langword="null"/> when the term is not lab-gradable in that version.</summary>
    public static LabRuleSet? Get(LabTerm term, CtcaeVersion version)
    {
        var i = Index(term, version);
        return (uint)i < (uint)Table.Length ? Table[i] : null;
    }

    /// <summary>Every rule set (both versions).</summary>
    public static IEnumerable<LabRuleSet> All => Table.Where(t => t is not null)!;

    private static int Index(LabTerm term, CtcaeVersion version) =>
        version switch
        {
            CtcaeVersion.V5_0 => ((int)term * 2),
            CtcaeVersion.V6_0 => ((int)term * 2) + 1,
            _ => -1,
        };

    // ---- DSL -------------------------------------------------------------------------------------
    private static LabCondition C(LabBoundKind k, LabCompare op, decimal f) => new(k, op, f);

    private static LabClause G(int grade, LabCondition a) => new(grade, a);

    private static LabClause G(int grade, LabCondition a, LabCondition b) => new(grade, a, b);

    private static LabClause G(int grade, LabCondition a, LabCondition b, LabCondition c) => new(grade, a, b, c);

    /// <summary>Region CTCAE grades only clinically: a value here is not gradable.</summary>
    private static LabClause Clinical(LabCondition a) => new(LabClause.NotGradableRegion, a);

    private static LabRuleColumn Col(LabUnit unit, params LabClause[] clauses) => new(unit, clauses);

    private static LabRuleColumn AnyUnit(params LabClause[] clauses) => new(LabUnit.Unspecified, clauses);

    /// <summary>A count term: the ×10⁹/L column and CTCAE's /mm³ (= /µL) column, every absolute threshold ×1000.</summary>
    private static LabRuleColumn[] Counts(params LabClause[] perLiter) =>
    [
        new(LabUnit.GigaPerLiter, perLiter),
        new(LabUnit.PerMicroliter, perLiter.Select(Scale1000).ToArray()),
    ];

    private static LabClause Scale1000(LabClause c)
    {
        static LabCondition S(LabCondition x) => x.Kind == Absolute ? x with { Factor = x.Factor * 1000m } : x;
        return c.Count switch
        {
            1 => new LabClause(c.Grade, S(c.C0)) { Gate = c.Gate, Qualifier = c.Qualifier },
            2 => new LabClause(c.Grade, S(c.C0), S(c.C1)) { Gate = c.Gate, Qualifier = c.Qualifier },
            _ => new LabClause(c.Grade, S(c.C0), S(c.C1), S(c.C2)) { Gate = c.Gate, Qualifier = c.Qualifier },
        };
    }

    /// <summary>Low-direction absolute ladder: G4 &lt;a4; G3 [a4,a3); G2 [a3,a2); G1 [a2,LLN).</summary>
    private static LabClause[] LowLadder(decimal a4, decimal a3, decimal a2) =>
    [
        G(4, C(Absolute, Lt, a4)),
        G(3, C(Absolute, Ge, a4), C(Absolute, Lt, a3)),
        G(2, C(Absolute, Ge, a3), C(Absolute, Lt, a2)),
        G(1, C(Absolute, Ge, a2), C(TimesLln, Lt, 1m)),
    ];

    /// <summary>High-direction absolute ladder: G4 &gt;a4; G3 (a3,a4]; G2 (a2,a3]; G1 (ULN,a2].</summary>
    private static LabClause[] HighLadder(decimal a2, decimal a3, decimal a4) =>
    [
        G(4, C(Absolute, Gt, a4)),
        G(3, C(Absolute, Gt, a3), C(Absolute, Le, a4)),
        G(2, C(Absolute, Gt, a2), C(Absolute, Le, a3)),
        G(1, C(TimesUln, Gt, 1m), C(Absolute, Le, a2)),
    ];

    /// <summary>×ULN ladder: G4 &gt;f4; G3 (f3,f4]; G2 (f2,f3]; G1 (1,f2] ×ULN, each clause under <paramref name="gate"/>.</summary>
    private static LabClause[] UlnLadder(decimal f2, decimal f3, decimal f4, LabClauseGate gate = LabClauseGate.None) =>
    [
        G(4, C(TimesUln, Gt, f4)) with { Gate = gate },
        G(3, C(TimesUln, Gt, f3), C(TimesUln, Le, f4)) with { Gate = gate },
        G(2, C(TimesUln, Gt, f2), C(TimesUln, Le, f3)) with { Gate = gate },
        G(1, C(TimesUln, Gt, 1m), C(TimesUln, Le, f2)) with { Gate = gate },
    ];

    /// <summary>×baseline ladder for an abnormal (high) baseline: G4 &gt;f4; G3 (f3,f4]; G2 (f2,f3]; G1 [f1,f2] (or (f1,f2] when <paramref name="g1Exclusive"/>).</summary>
    private static LabClause[] BaselineLadder(decimal f1, decimal f2, decimal f3, decimal f4, bool g1Exclusive = false) =>
    [
        G(4, C(TimesBaseline, Gt, f4)) with { Gate = LabClauseGate.BaselineHigh },
        G(3, C(TimesBaseline, Gt, f3), C(TimesBaseline, Le, f4)) with { Gate = LabClauseGate.BaselineHigh },
        G(2, C(TimesBaseline, Gt, f2), C(TimesBaseline, Le, f3)) with { Gate = LabClauseGate.BaselineHigh },
        G(1, C(TimesBaseline, g1Exclusive ? Gt : Ge, f1), C(TimesBaseline, Le, f2)) with { Gate = LabClauseGate.BaselineHigh },
    ];

    /// <summary>Merges ladders by grade, most severe first (stable within a grade).</summary>
    private static LabClause[] Merge(params LabClause[][] ladders) =>
        ladders.SelectMany((l, li) => l.Select((c, ci) => (c, li, ci)))
            .OrderByDescending(x => x.c.Grade == LabClause.NotGradableRegion ? 6 : x.c.Grade)
            .ThenBy(x => x.li).ThenBy(x => x.ci)
            .Select(x => x.c).ToArray();

    // ---- Table -----------------------------------------------------------------------------------
    private static LabRuleSet?[] Build()
    {
        var max = Enum.GetValues<LabTerm>().Max(t => (int)t);
        var table = new LabRuleSet?[(max + 1) * 2];
        const CtcaeVersion V5 = CtcaeVersion.V5_0;
        const CtcaeVersion V6 = CtcaeVersion.V6_0;
        const LabGradingDirection Hi = LabGradingDirection.High;
        const LabGradingDirection Lo = LabGradingDirection.Low;

        void Add(LabTerm term, CtcaeVersion v, LabGradingDirection d, string name, params LabRuleColumn[] columns) =>
            table[Index(term, v)] = new LabRuleSet(term, v, d, name, columns);

        void Both(LabTerm term, LabGradingDirection d, string name, params LabRuleColumn[] columns)
        {
            Add(term, V5, d, name, columns);
            Add(term, V6, d, name, columns);
        }

        // ---- 5.1 Haematology ----
        // Anemia: G1 <LLN - 10.0 g/dL (<LLN - 6.2 mmol/L; <LLN - 100 g/L); G2 <10.0 - 8.0 g/dL; G3 <8.0 g/dL.
        var anemiaGl = new[] { G(3, C(Absolute, Lt, 80m)), G(2, C(Absolute, Ge, 80m), C(Absolute, Lt, 100m)), G(1, C(Absolute, Ge, 100m), C(TimesLln, Lt, 1m)) };
        var anemiaGdl = new[] { G(3, C(Absolute, Lt, 8.0m)), G(2, C(Absolute, Ge, 8.0m), C(Absolute, Lt, 10.0m)), G(1, C(Absolute, Ge, 10.0m), C(TimesLln, Lt, 1m)) };
        var anemiaMmol = new[] { G(3, C(Absolute, Lt, 4.9m)), G(2, C(Absolute, Ge, 4.9m), C(Absolute, Lt, 6.2m)), G(1, C(Absolute, Ge, 6.2m), C(TimesLln, Lt, 1m)) };
        Both(LabTerm.Anemia, Lo, "Anemia", Col(LabUnit.GramsPerLiter, anemiaGl), Col(LabUnit.GramsPerDeciliter, anemiaGdl), Col(LabUnit.MillimolesPerLiter, anemiaMmol));

        // Hemoglobin increased: G1 increase >0 - 2 g/dL above ULN; G2 >2 - 4; G3 >4 g/dL.
        LabClause[] HgbUp(decimal step) =>
        [
            G(3, C(UlnPlus, Gt, 2 * step)),
            G(2, C(UlnPlus, Gt, step), C(UlnPlus, Le, 2 * step)),
            G(1, C(TimesUln, Gt, 1m), C(UlnPlus, Le, step)),
        ];
        Both(LabTerm.HemoglobinIncreased, Hi, "Hemoglobin increased", Col(LabUnit.GramsPerLiter, HgbUp(20m)), Col(LabUnit.GramsPerDeciliter, HgbUp(2m)));

        // Leukocytosis: G3 >100,000/mm3.
        Both(LabTerm.Leukocytosis, Hi, "Leukocytosis", Counts(G(3, C(Absolute, Gt, 100m))));

        // White blood cell decreased: <LLN - 3000/mm3; <3000 - 2000; <2000 - 1000; <1000.
        Both(LabTerm.WhiteBloodCellDecreased, Lo, "White blood cell decreased", Counts(LowLadder(1.0m, 2.0m, 3.0m)));

        // Neutrophil count decreased v5: <LLN - 1500/mm3; <1500 - 1000; <1000 - 500; <500.
        Add(LabTerm.NeutrophilCountDecreased, V5, Lo, "Neutrophil count decreased", Counts(LowLadder(0.5m, 1.0m, 1.5m)));

        // v6: no LLN: G1 <1500 - 1000; G2 <1000 - 500; G3 <500 - 100; G4 <100/mm3.
        Add(LabTerm.NeutrophilCountDecreased, V6, Lo, "Neutrophil count decreased", Counts(
            G(4, C(Absolute, Lt, 0.1m)),
            G(3, C(Absolute, Ge, 0.1m), C(Absolute, Lt, 0.5m)),
            G(2, C(Absolute, Ge, 0.5m), C(Absolute, Lt, 1.0m)),
            G(1, C(Absolute, Ge, 1.0m), C(Absolute, Lt, 1.5m))));

        // Lymphocyte count decreased (v5): <LLN - 800/mm3; <800 - 500; <500 - 200; <200.
        Add(LabTerm.LymphocyteCountDecreased, V5, Lo, "Lymphocyte count decreased", Counts(LowLadder(0.2m, 0.5m, 0.8m)));

        // Lymphocyte count increased: G2 >4000 - 20,000/mm3; G3 >20,000/mm3.
        Both(LabTerm.LymphocyteCountIncreased, Hi, "Lymphocyte count increased", Counts(
            G(3, C(Absolute, Gt, 20m)),
            G(2, C(Absolute, Gt, 4m), C(Absolute, Le, 20m))));

        // CD4 lymphocytes decreased: <LLN - 500/mm3; <500 - 200; <200 - 50; <50.
        Both(LabTerm.Cd4LymphocytesDecreased, Lo, "CD4 lymphocytes decreased", Counts(LowLadder(0.05m, 0.2m, 0.5m)));

        // Platelet count decreased (v5): <LLN - 75,000/mm3; <75,000 - 50,000; <50,000 - 25,000; <25,000.
        Add(LabTerm.PlateletCountDecreased, V5, Lo, "Platelet count decreased", Counts(LowLadder(25m, 50m, 75m)));

        // Thrombocytopenia (v6): G3 <50,000 - 10,000; G4 <10,000/mm3.
        Add(LabTerm.PlateletCountDecreased, V6, Lo, "Thrombocytopenia", Counts(LowLadder(10m, 50m, 75m)));

        // aPTT prolonged: >ULN - 1.5 x ULN; >1.5 - 2.5 x ULN; >2.5 x ULN.
        Both(LabTerm.ActivatedPartialThromboplastinTimeProlonged, Hi, "Activated partial thromboplastin time prolonged", AnyUnit(
            G(3, C(TimesUln, Gt, 2.5m)),
            G(2, C(TimesUln, Gt, 1.5m), C(TimesUln, Le, 2.5m)),
            G(1, C(TimesUln, Gt, 1m), C(TimesUln, Le, 1.5m))));

        // INR increased: >1.2 - 1.5; >1 - 1.5 x baseline if on anticoagulation; >1.5 - 2.5 (x baseline); >2.5 (x baseline).
        Both(LabTerm.InrIncreased, Hi, "INR increased", AnyUnit(
            G(3, C(Absolute, Gt, 2.5m)),
            G(3, C(TimesBaseline, Gt, 2.5m)) with { Qualifier = LabQualifier.Anticoagulated },
            G(2, C(Absolute, Gt, 1.5m), C(Absolute, Le, 2.5m)),
            G(2, C(TimesBaseline, Gt, 1.5m), C(TimesBaseline, Le, 2.5m)) with { Qualifier = LabQualifier.Anticoagulated },
            G(1, C(Absolute, Gt, 1.2m), C(Absolute, Le, 1.5m)),
            G(1, C(TimesBaseline, Gt, 1.0m), C(TimesBaseline, Le, 1.5m)) with { Qualifier = LabQualifier.Anticoagulated }));

        // Fibrinogen decreased: <1.0 - 0.75 x LLN or <25% decrease from baseline; <0.75 - 0.5 x LLN or 25 - <50%;
        // <0.5 - 0.25 x LLN or 50 - <75%; <0.25 x LLN or 75% decrease or absolute <50 mg/dL (0.5 g/L).
        // admiral applies the percent branches whenever the value is below LLN.
        LabClause[] Fibrinogen(decimal absolute) =>
        [
            G(4, C(TimesLln, Lt, 0.25m)),
            G(4, C(Absolute, Lt, absolute)),
            G(4, C(TimesLln, Lt, 1m), C(PercentChange, Le, -75m)),
            G(3, C(TimesLln, Ge, 0.25m), C(TimesLln, Lt, 0.5m)),
            G(3, C(TimesLln, Lt, 1m), C(PercentChange, Gt, -75m), C(PercentChange, Le, -50m)),
            G(2, C(TimesLln, Ge, 0.5m), C(TimesLln, Lt, 0.75m)),
            G(2, C(TimesLln, Lt, 1m), C(PercentChange, Gt, -50m), C(PercentChange, Le, -25m)),
            G(1, C(TimesLln, Ge, 0.75m), C(TimesLln, Lt, 1m)),
            G(1, C(TimesLln, Lt, 1m), C(PercentChange, Gt, -25m)),
        ];
        Both(LabTerm.FibrinogenDecreased, Lo, "Fibrinogen decreased", Col(LabUnit.GramsPerLiter, Fibrinogen(0.5m)), Col(LabUnit.MilligramsPerDeciliter, Fibrinogen(50m)));

        // Haptoglobin decreased: <LLN.
        Both(LabTerm.HaptoglobinDecreased, Lo, "Haptoglobin decreased", AnyUnit(G(1, C(TimesLln, Lt, 1m))));

        // ---- 5.2 Liver, kidney, enzymes ----
        // ALT/AST v5: baseline normal: >ULN - 3.0; >3.0 - 5.0; >5.0 - 20.0; >20.0 x ULN.
        // Baseline abnormal: 1.5 - 3.0; >3.0 - 5.0; >5.0 - 20.0; >20.0 x baseline.
        var transV5 = AnyUnit(Merge(UlnLadder(3m, 5m, 20m, LabClauseGate.BaselineNotHigh), BaselineLadder(1.5m, 3m, 5m, 20m)));

        // v6: baseline normal or low: as v5; baseline >ULN: 1.0 - 1.5; >1.5 - 2.0; >2.0 - 4.0; >4.0 x baseline.
        var transV6 = AnyUnit(Merge(UlnLadder(3m, 5m, 20m, LabClauseGate.BaselineNotHigh), BaselineLadder(1.0m, 1.5m, 2.0m, 4.0m)));
        Add(LabTerm.AlanineAminotransferaseIncreased, V5, Hi, "Alanine aminotransferase increased", transV5);
        Add(LabTerm.AlanineAminotransferaseIncreased, V6, Hi, "Alanine aminotransferase increased", transV6);
        Add(LabTerm.AspartateAminotransferaseIncreased, V5, Hi, "Aspartate aminotransferase increased", transV5);
        Add(LabTerm.AspartateAminotransferaseIncreased, V6, Hi, "Aspartate aminotransferase increased", transV6);

        // Blood bilirubin increased v5: >ULN - 1.5; >1.5 - 3.0; >3.0 - 10.0; >10.0 x ULN; abnormal baseline:
        // >1.0 - 1.5; >1.5 - 3.0; >3.0 - 10.0; >10.0 x baseline.
        Add(LabTerm.BloodBilirubinIncreased, V5, Hi, "Blood bilirubin increased",
            AnyUnit(Merge(UlnLadder(1.5m, 3m, 10m, LabClauseGate.BaselineNotHigh), BaselineLadder(1.0m, 1.5m, 3m, 10m, g1Exclusive: true))));

        // v6 abnormal baseline: 1.0 - 1.5; >1.5 - 2.5; >2.5 - 10.0; >10.0 x baseline.
        Add(LabTerm.BloodBilirubinIncreased, V6, Hi, "Blood bilirubin increased",
            AnyUnit(Merge(UlnLadder(1.5m, 3m, 10m, LabClauseGate.BaselineNotHigh), BaselineLadder(1.0m, 1.5m, 2.5m, 10m))));

        // ALP v5: >ULN - 2.5; >2.5 - 5.0; >5.0 - 20.0; >20.0 x ULN; abnormal: 2.0 - 2.5; >2.5 - 5.0; >5.0 - 20.0; >20.0 x baseline.
        var alpGgtV5 = AnyUnit(Merge(UlnLadder(2.5m, 5m, 20m, LabClauseGate.BaselineNotHigh), BaselineLadder(2.0m, 2.5m, 5m, 20m)));
        Add(LabTerm.AlkalinePhosphataseIncreased, V5, Hi, "Alkaline phosphatase increased", alpGgtV5);

        // ALP v6 (admiral): G1 only, value > baseline and > ULN.
        Add(LabTerm.AlkalinePhosphataseIncreased, V6, Hi, "Alkaline phosphatase increased", AnyUnit(
            G(1, C(TimesBaseline, Gt, 1m), C(TimesUln, Gt, 1m))));

        // GGT v5 as ALP v5 ("2.0 - 2.5 x baseline" inclusive: the known deviation from admiral, safety.md §7).
        Add(LabTerm.GgtIncreased, V5, Hi, "GGT increased", alpGgtV5);

        // GGT v6: normal as v5; baseline >ULN: 1.0 - 1.5; >1.5 - 3.0; >3.0 - 10.0; >10.0 x baseline.
        Add(LabTerm.GgtIncreased, V6, Hi, "GGT increased",
            AnyUnit(Merge(UlnLadder(2.5m, 5m, 20m, LabClauseGate.BaselineNotHigh), BaselineLadder(1.0m, 1.5m, 3m, 10m))));

        // Creatinine increased: >ULN - 1.5 x ULN; >1.5 - 3.0 x baseline, >1.5 - 3.0 x ULN; >3.0 x baseline, >3.0 - 6.0 x ULN; >6.0 x ULN.
        LabClause[] Creatinine(LabClauseGate baselineGate) =>
        [
            G(4, C(TimesUln, Gt, 6m)),
            G(3, C(TimesUln, Gt, 3m), C(TimesUln, Le, 6m)),
            G(3, C(TimesBaseline, Gt, 3m)) with { Gate = baselineGate },
            G(2, C(TimesUln, Gt, 1.5m), C(TimesUln, Le, 3m)),
            G(2, C(TimesBaseline, Gt, 1.5m), C(TimesBaseline, Le, 3m)) with { Gate = baselineGate },
            G(1, C(TimesUln, Gt, 1m), C(TimesUln, Le, 1.5m)),
        ];
        Add(LabTerm.CreatinineIncreased, V5, Hi, "Creatinine increased", AnyUnit(Creatinine(LabClauseGate.BaselinePresent)));
        Add(LabTerm.CreatinineIncreased, V6, Hi, "Creatinine increased", AnyUnit(Creatinine(LabClauseGate.BaselineLow)));

        // Creatinine clearance decreased (v6): G2 26 - 49; G3 10 - 25 mL/min; below 10 admiral returns no grade.
        Add(LabTerm.CreatinineClearanceDecreased, V6, Lo, "Creatinine clearance decreased", new LabRuleColumn(
            LabUnit.MillilitersPerMinute,
            [Clinical(C(Absolute, Lt, 10m)), G(3, C(Absolute, Ge, 10m), C(Absolute, Lt, 26m)), G(2, C(Absolute, Ge, 26m), C(Absolute, Lt, 50m))],
            [Clinical(C(Absolute, Lt, 10m)), G(3, C(Absolute, Ge, 10m), C(Absolute, Le, 25m)), G(2, C(Absolute, Gt, 25m), C(Absolute, Le, 49m))],
            [25m, 26m, 49m, 50m]));

        // CPK increased (v5): >ULN - 2.5; >2.5 - 5; >5 - 10; >10 x ULN.
        Add(LabTerm.CpkIncreased, V5, Hi, "CPK increased", AnyUnit(UlnLadder(2.5m, 5m, 10m)));

        // Blood lactate dehydrogenase increased: >ULN.
        Both(LabTerm.BloodLactateDehydrogenaseIncreased, Hi, "Blood lactate dehydrogenase increased", AnyUnit(G(1, C(TimesUln, Gt, 1m))));

        // Lipase / amylase: G1 >ULN - 1.5; G2 >1.5 - 2.0 x ULN, >2.0 - 5.0 asymptomatic; G3 >2.0 - 5.0 with signs or
        // symptoms, >5.0 asymptomatic; G4 >5.0 with signs or symptoms. v6 lipase: the 2.0 cut is 3.0.
        LabClause[] Pancreatic(decimal cut) =>
        [
            G(4, C(TimesUln, Gt, 5m)) with { Qualifier = LabQualifier.Symptomatic },
            G(3, C(TimesUln, Gt, cut), C(TimesUln, Le, 5m)) with { Qualifier = LabQualifier.Symptomatic },
            G(3, C(TimesUln, Gt, 5m)) with { Qualifier = LabQualifier.Asymptomatic },
            G(2, C(TimesUln, Gt, 1.5m), C(TimesUln, Le, cut)),
            G(2, C(TimesUln, Gt, cut), C(TimesUln, Le, 5m)) with { Qualifier = LabQualifier.Asymptomatic },
            G(1, C(TimesUln, Gt, 1m), C(TimesUln, Le, 1.5m)),
        ];
        Add(LabTerm.LipaseIncreased, V5, Hi, "Lipase increased", AnyUnit(Pancreatic(2m)));
        Add(LabTerm.LipaseIncreased, V6, Hi, "Lipase increased", AnyUnit(Pancreatic(3m)));

        // Amylase v6: G2 adds ">2.0 - 5.0 x ULN with mild symptoms", G3 "moderate or severe symptoms"; the symptomatic
        // input means moderate-or-severe symptoms.
        Both(LabTerm.SerumAmylaseIncreased, Hi, "Serum amylase increased", AnyUnit(Pancreatic(2m)));

        // ---- 5.3 Metabolism ----
        // Hypokalemia: G1 <LLN - 3.0; G2 symptomatic with <LLN - 3.0, intervention indicated; G3 <3.0 - 2.5; G4 <2.5 mmol/L.
        Both(LabTerm.Hypokalemia, Lo, "Hypokalemia", Col(LabUnit.MillimolesPerLiter,
            G(4, C(Absolute, Lt, 2.5m)),
            G(3, C(Absolute, Ge, 2.5m), C(Absolute, Lt, 3.0m)),
            G(2, C(Absolute, Ge, 3.0m), C(TimesLln, Lt, 1m)) with { Qualifier = LabQualifier.SymptomaticOrIntervention },
            G(1, C(Absolute, Ge, 3.0m), C(TimesLln, Lt, 1m))));

        // Hyperkalemia: >ULN - 5.5; >5.5 - 6.0; >6.0 - 7.0; >7.0 mmol/L.
        Both(LabTerm.Hyperkalemia, Hi, "Hyperkalemia", Col(LabUnit.MillimolesPerLiter, HighLadder(5.5m, 6.0m, 7.0m)));

        // Hyponatremia v5: G1 <LLN - 130; G2 125 - 129 asymptomatic; G3 125 - 129 symptomatic, 120 - 124; G4 <120 mmol/L.
        Add(LabTerm.Hyponatremia, V5, Lo, "Hyponatremia", new LabRuleColumn(
            LabUnit.MillimolesPerLiter,
            [
                G(4, C(Absolute, Lt, 120m)),
                G(3, C(Absolute, Ge, 120m), C(Absolute, Lt, 125m)),
                G(3, C(Absolute, Ge, 125m), C(Absolute, Lt, 130m)) with { Qualifier = LabQualifier.Symptomatic },
                G(2, C(Absolute, Ge, 125m), C(Absolute, Lt, 130m)) with { Qualifier = LabQualifier.Asymptomatic },
                G(1, C(Absolute, Ge, 130m), C(TimesLln, Lt, 1m)),
            ],
            [
                G(4, C(Absolute, Lt, 120m)),
                G(3, C(Absolute, Ge, 120m), C(Absolute, Le, 124m)),
                G(3, C(Absolute, Gt, 124m), C(Absolute, Le, 129m)) with { Qualifier = LabQualifier.Symptomatic },
                G(2, C(Absolute, Gt, 124m), C(Absolute, Le, 129m)) with { Qualifier = LabQualifier.Asymptomatic },
                G(1, C(Absolute, Gt, 129m), C(TimesLln, Lt, 1m)),
            ],
            [124m, 125m, 129m, 130m]));

        // Hyponatremia v6: 125 - <130 and 120 - <125 (half-open, no gaps).
        Add(LabTerm.Hyponatremia, V6, Lo, "Hyponatremia", Col(LabUnit.MillimolesPerLiter,
            G(4, C(Absolute, Lt, 120m)),
            G(3, C(Absolute, Ge, 120m), C(Absolute, Lt, 125m)),
            G(3, C(Absolute, Ge, 125m), C(Absolute, Lt, 130m)) with { Qualifier = LabQualifier.Symptomatic },
            G(2, C(Absolute, Ge, 125m), C(Absolute, Lt, 130m)) with { Qualifier = LabQualifier.Asymptomatic },
            G(1, C(Absolute, Ge, 130m), C(TimesLln, Lt, 1m))));

        // Hypernatremia: >ULN - 150; >150 - 155; >155 - 160; >160 mmol/L.
        Both(LabTerm.Hypernatremia, Hi, "Hypernatremia", Col(LabUnit.MillimolesPerLiter, HighLadder(150m, 155m, 160m)));

        // Hypocalcemia (corrected): <LLN - 8.0 mg/dL (2.0 mmol/L); <8.0 - 7.0 (1.75); <7.0 - 6.0 (1.5); <6.0 (1.5).
        Both(LabTerm.Hypocalcemia, Lo, "Hypocalcemia",
            Col(LabUnit.MillimolesPerLiter, LowLadder(1.5m, 1.75m, 2.0m)), Col(LabUnit.MilligramsPerDeciliter, LowLadder(6.0m, 7.0m, 8.0m)));

        // Hypocalcemia (ionized): <LLN - 1.0; <1.0 - 0.9; <0.9 - 0.8; <0.8 mmol/L (admiral US: 4.0, 3.6, 3.2 mg/dL).
        Both(LabTerm.HypocalcemiaIonized, Lo, "Hypocalcemia",
            Col(LabUnit.MillimolesPerLiter, LowLadder(0.8m, 0.9m, 1.0m)), Col(LabUnit.MilligramsPerDeciliter, LowLadder(3.2m, 3.6m, 4.0m)));

        // Hypercalcemia (corrected): >ULN - 11.5 mg/dL (2.9 mmol/L); >11.5 - 12.5 (3.1); >12.5 - 13.5 (3.4); >13.5 (3.4).
        Both(LabTerm.Hypercalcemia, Hi, "Hypercalcemia",
            Col(LabUnit.MillimolesPerLiter, HighLadder(2.9m, 3.1m, 3.4m)), Col(LabUnit.MilligramsPerDeciliter, HighLadder(11.5m, 12.5m, 13.5m)));

        // Hypercalcemia (ionized): >ULN - 1.5; >1.5 - 1.6; >1.6 - 1.8; >1.8 mmol/L (admiral US: 6.0, 6.4, 7.2 mg/dL).
        Both(LabTerm.HypercalcemiaIonized, Hi, "Hypercalcemia",
            Col(LabUnit.MillimolesPerLiter, HighLadder(1.5m, 1.6m, 1.8m)), Col(LabUnit.MilligramsPerDeciliter, HighLadder(6.0m, 6.4m, 7.2m)));

        // Hypomagnesemia: <LLN - 1.2 mg/dL (0.5 mmol/L); <1.2 - 0.9 (0.4); <0.9 - 0.7 (0.3); <0.7 (0.3).
        Both(LabTerm.Hypomagnesemia, Lo, "Hypomagnesemia",
            Col(LabUnit.MillimolesPerLiter, LowLadder(0.3m, 0.4m, 0.5m)), Col(LabUnit.MilligramsPerDeciliter, LowLadder(0.7m, 0.9m, 1.2m)));

        // Hypermagnesemia: G1 >ULN - 3.0 mg/dL (1.23 mmol/L); G3 >3.0 - 8.0 (1.23 - 3.30); G4 >8.0 (3.30). No grade 2.
        LabClause[] HyperMg(decimal a1, decimal a3) =>
        [
            G(4, C(Absolute, Gt, a3)),
            G(3, C(Absolute, Gt, a1), C(Absolute, Le, a3)),
            G(1, C(TimesUln, Gt, 1m), C(Absolute, Le, a1)),
        ];
        Both(LabTerm.Hypermagnesemia, Hi, "Hypermagnesemia", Col(LabUnit.MillimolesPerLiter, HyperMg(1.23m, 3.30m)), Col(LabUnit.MilligramsPerDeciliter, HyperMg(3.0m, 8.0m)));

        // Hypoglycemia: <LLN - 55 mg/dL (3.0 mmol/L); <55 - 40 (2.2); <40 - 30 (1.7); <30 (1.7).
        Both(LabTerm.Hypoglycemia, Lo, "Hypoglycemia",
            Col(LabUnit.MillimolesPerLiter, LowLadder(1.7m, 2.2m, 3.0m)), Col(LabUnit.MilligramsPerDeciliter, LowLadder(30m, 40m, 55m)));

        // Hyperglycemia (v6, non-fasting): G3 >250 - 500 mg/dL (13.9 - 27.8 mmol/L); G4 >500 (27.8).
        Add(LabTerm.Hyperglycemia, V6, Hi, "Hyperglycemia",
            Col(LabUnit.MillimolesPerLiter, G(4, C(Absolute, Gt, 27.8m)), G(3, C(Absolute, Gt, 13.9m), C(Absolute, Le, 27.8m))),
            Col(LabUnit.MilligramsPerDeciliter, G(4, C(Absolute, Gt, 500m)), G(3, C(Absolute, Gt, 250m), C(Absolute, Le, 500m))));

        // Hyperglycemia (v6, fasting): G1 >ULN - 160 mg/dL (8.9); G2 >160 - 250 (13.9); G3 >250 - 500 (27.8); G4 >500.
        Add(LabTerm.HyperglycemiaFasting, V6, Hi, "Hyperglycemia",
            Col(LabUnit.MillimolesPerLiter, HighLadder(8.9m, 13.9m, 27.8m)), Col(LabUnit.MilligramsPerDeciliter, HighLadder(160m, 250m, 500m)));

        // Hypoalbuminemia: <LLN - 3 g/dL (30 g/L); <3 - 2 g/dL (<30 - 20 g/L); <2 g/dL (<20 g/L).
        Both(LabTerm.Hypoalbuminemia, Lo, "Hypoalbuminemia",
            Col(LabUnit.GramsPerLiter, G(3, C(Absolute, Lt, 20m)), G(2, C(Absolute, Ge, 20m), C(Absolute, Lt, 30m)), G(1, C(Absolute, Ge, 30m), C(TimesLln, Lt, 1m))),
            Col(LabUnit.GramsPerDeciliter, G(3, C(Absolute, Lt, 2m)), G(2, C(Absolute, Ge, 2m), C(Absolute, Lt, 3m)), G(1, C(Absolute, Ge, 3m), C(TimesLln, Lt, 1m))));

        // Cholesterol high: >ULN - 300 mg/dL (7.75 mmol/L); >300 - 400 (10.34); >400 - 500 (12.92); >500 (12.92).
        Both(LabTerm.CholesterolHigh, Hi, "Cholesterol high",
            Col(LabUnit.MillimolesPerLiter, HighLadder(7.75m, 10.34m, 12.92m)), Col(LabUnit.MilligramsPerDeciliter, HighLadder(300m, 400m, 500m)));

        // Hypertriglyceridemia: 150 - 300 mg/dL (1.71 - 3.42 mmol/L); >300 - 500 (>3.42 - 5.7); >500 - 1000 (>5.7 - 11.4); >1000 (>11.4).
        // "150 - 300" has no sign: inclusive (safety.md §2.1); admiral treats 150 as 0 (documented deviation).
        LabClause[] Tg(decimal a1, decimal a2, decimal a3, decimal a4) =>
        [
            G(4, C(Absolute, Gt, a4)),
            G(3, C(Absolute, Gt, a3), C(Absolute, Le, a4)),
            G(2, C(Absolute, Gt, a2), C(Absolute, Le, a3)),
            G(1, C(Absolute, Ge, a1), C(Absolute, Le, a2)),
        ];
        Both(LabTerm.Hypertriglyceridemia, Hi, "Hypertriglyceridemia",
            Col(LabUnit.MillimolesPerLiter, Tg(1.71m, 3.42m, 5.7m, 11.4m)), Col(LabUnit.MilligramsPerDeciliter, Tg(150m, 300m, 500m, 1000m)));

        // Hyperuricemia: G1 >ULN without physiologic consequences; G3 >ULN with physiologic consequences.
        Both(LabTerm.Hyperuricemia, Hi, "Hyperuricemia", AnyUnit(
            G(3, C(TimesUln, Gt, 1m)) with { Qualifier = LabQualifier.Symptomatic },
            G(1, C(TimesUln, Gt, 1m)) with { Qualifier = LabQualifier.Asymptomatic }));

        // Acidosis: G1 pH <normal, but >=7.3; G3 pH <7.3. Alkalosis: G1 pH >normal, but <=7.5; G3 pH >7.5.
        Both(LabTerm.Acidosis, Lo, "Acidosis", AnyUnit(G(3, C(Absolute, Lt, 7.3m)), G(1, C(Absolute, Ge, 7.3m), C(TimesLln, Lt, 1m))));
        Both(LabTerm.Alkalosis, Hi, "Alkalosis", AnyUnit(G(3, C(Absolute, Gt, 7.5m)), G(1, C(TimesUln, Gt, 1m), C(Absolute, Le, 7.5m))));

        // HDL decreased / LDL increased (v6, admiral): G1 <LLN / >ULN.
        Add(LabTerm.HdlDecreased, V6, Lo, "HDL decreased", AnyUnit(G(1, C(TimesLln, Lt, 1m))));
        Add(LabTerm.LdlIncreased, V6, Hi, "LDL increased", AnyUnit(G(1, C(TimesUln, Gt, 1m))));

        return table;
    }
}
