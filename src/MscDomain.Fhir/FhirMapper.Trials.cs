using System.Diagnostics.CodeAnalysis;
using Hl7.Fhir.Model;
using MscDomain.Cells;
using MscDomain.Common;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Fhir;

public static partial class FhirMapper
{
    /// <summary>
    /// A trial as an R4 <c>ResearchStudy</c> (status <c>completed</c>: the bundled trials are published, fhir-and-codes.md
    /// §1.1 POLICY).
    /// </summary>
    /// <param name="trial">The trial.</param>
    /// <returns>The ResearchStudy.</returns>
    /// <remarks>
    /// Identifier = the trial id and each registration (NCT, EudraCT); <c>phase</c> from R4 <c>research-study-phase</c>
    /// (one code: [phase 1, phase 2] → <c>phase-1-phase-2</c>) + one own <c>trial-phase</c> coding per phase;
    /// <c>category</c> = allocation, intervention model and masking (own codes; R4 names blinding and randomisation as
    /// category examples); <c>condition</c> = multiple sclerosis (SNOMED CT 24700007); <c>arm</c> = name (the arm id,
    /// which <c>ResearchSubject.assignedArm</c> names), description (the label) and type (R5
    /// <c>research-study-arm-type</c> + own <c>arm-type</c>); <c>period</c> = start and completion (partial dates allowed);
    /// <c>relatedArtifact</c> = the citations (DOI and PMID in own extensions); <c>objective</c> = the outcome
    /// definitions' names and roles; <c>description</c> = the notes; crossover periods in the own extension
    /// <c>trial-period</c> (R4 <c>period</c> is the whole study only). What stays out is listed in <c>docs/fhir.md</c>.
    /// </remarks>
    public static ResearchStudy ToResearchStudy(TrialDocument trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var d = trial.Design;
        var rs = new ResearchStudy
        {
            Identifier = [Fx.Id("trial", trial.Id), .. trial.Registrations.Select(r => Fx.Id("registration", r))],
            Title = trial.Title,
            Status = ResearchStudy.ResearchStudyStatus.Completed,
            Phase = PhaseOf(d.Phases),
            Category = [Fx.Cc(Fx.Own(d.Allocation)), Fx.Cc(Fx.Own(d.Model)), Fx.Cc(Fx.Own(d.Masking))],
            Condition = [Fx.Cc(new Coding(FhirCanonicals.Snomed, "24700007", "Multiple sclerosis"))],
            Focus = [.. trial.Products.Select(p => new CodeableConcept { Text = p.Name })],
            Description = trial.Notes,
            Period = trial.StartDate is null && trial.CompletionDate is null ? null
                : new Period { Start = trial.StartDate?.ToString(), End = trial.CompletionDate?.ToString() },
            RelatedArtifact = [.. trial.Citations.Select(ToArtifact)],
            Arm = [.. trial.Arms.Select(ToArm)],
            Objective = [.. trial.Outcomes.Select(o => new ResearchStudy.ObjectiveComponent
            {
                Name = o.Name,
                Type = Fx.Cc(new Coding("http://terminology.hl7.org/CodeSystem/research-study-objective-type", o.Role switch
                {
                    OutcomeRole.Primary => "primary",
                    OutcomeRole.Secondary => "secondary",
                    _ => "exploratory",
                })),
            })],
        };
        foreach (var period in d.Periods)
        {
            var e = new Extension { Url = FhirCanonicals.Extension("trial-period") };
            e.Extension.Add(new Extension("id", new FhirString(period.Id)));
            e.Extension.Add(new Extension("label", new FhirString(period.Label)));
            e.Extension.Add(new Extension("start", Interval(period.Start)));
            if (period.End is { } end)
            {
                e.Extension.Add(new Extension("end", Interval(end)));
            }

            if (period.GapBefore is { } gap)
            {
                e.Extension.Add(new Extension("gap-before", Interval(gap)));
            }

            e.Extension.Add(new Extension("re-randomized", new FhirBoolean(period.ReRandomized)));
            rs.Extension.Add(e);
        }

        return rs;
    }

    private static CodeableConcept PhaseOf(IReadOnlyList<TrialPhase> phases)
    {
        var set = phases.ToHashSet();
        string code = set.Count switch
        {
            1 => phases[0] switch
            {
                TrialPhase.EarlyPhase1 => "early-phase-1",
                TrialPhase.Phase1 => "phase-1",
                TrialPhase.Phase2 => "phase-2",
                TrialPhase.Phase3 => "phase-3",
                TrialPhase.Phase4 => "phase-4",
                _ => "n-a",
            },
            2 when set.SetEquals([TrialPhase.Phase1, TrialPhase.Phase2]) => "phase-1-phase-2",
            2 when set.SetEquals([TrialPhase.Phase2, TrialPhase.Phase3]) => "phase-2-phase-3",
            _ => "n-a",
        };
        return Fx.Cc([new Coding("http://terminology.hl7.org/CodeSystem/research-study-phase", code), .. phases.Select(p => Fx.Own(p))]);
    }

    private static Quantity Interval(CalendarInterval i) => new() { Value = i.Amount, Unit = WireName.Of(i.Unit) };

    private static RelatedArtifact ToArtifact(Citation c)
    {
        var a = new RelatedArtifact { Type = RelatedArtifact.RelatedArtifactType.Citation, Citation = c.Text, Url = c.Url };
        Fx.Add(a, "doi", c.Doi is { } doi ? new FhirString(doi) : null);
        Fx.Add(a, "pmid", c.Pmid is { } pmid ? new FhirString(pmid) : null);
        return a;
    }

    private static ResearchStudy.ArmComponent ToArm(Arm arm)
    {
        var type = Fx.Cc(Fx.Own(arm.Type));
        var r5 = arm.Type switch
        {
            ArmType.Experimental => "experimental",
            ArmType.ActiveComparator => "active-comparator",
            ArmType.PlaceboComparator => "placebo-comparator",
            ArmType.ShamComparator => "sham-comparator",
            ArmType.NoIntervention => "no-intervention",
            _ => "other-arm-type",
        };
        type.Coding.Insert(0, new Coding("http://hl7.org/fhir/research-study-arm-type", r5));
        var a = new ResearchStudy.ArmComponent { Name = arm.Id, Description = arm.Label, Type = type };
        Fx.Add(a, "arm-description", arm.Description is { } d ? new FhirString(d) : null);
        Fx.Add(a, "arm-indication", arm.Indication is { } ind ? new FhirString(ind) : null);
        return a;
    }

    /// <summary>
    /// Reads a trial back from its ResearchStudy and its products. What <c>docs/fhir.md</c> lists as not carried
    /// (regimens, outcome definitions, results, conduct, baseline tables, ...) comes back empty.
    /// </summary>
    /// <param name="study">The ResearchStudy written by <see cref="ToResearchStudy"/>.</param>
    /// <param name="products">The products read back from their BiologicallyDerivedProducts.</param>
    /// <returns>The trial.</returns>
    /// <exception cref="FhirImportException">A required element is missing or a code cannot be mapped.</exception>
    public static TrialDocument FromResearchStudy(ResearchStudy study, IReadOnlyList<CellProduct> products)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(products);
        const string p = "ResearchStudy";
        var id = study.Identifier.FirstOrDefault(i => i.System == FhirCanonicals.Identifier("trial"))?.Value
            ?? throw FhirIn.Missing($"{p}.identifier", $"an identifier with system {FhirCanonicals.Identifier("trial")} (the trial id) is required.");
        var registrations = study.Identifier.Where(i => i.System == FhirCanonicals.Identifier("registration")).Select(i => i.Value ?? string.Empty).ToList();
        var phases = new List<TrialPhase>();
        foreach (var c in study.Phase?.Coding.Where(c => c.System == Fx.SystemUrl<TrialPhase>()) ?? [])
        {
            phases.Add(FhirIn.CodeOrNull<TrialPhase>(c.Code, $"{p}.phase")!.Value);
        }

        TEnum Cat<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>()
            where TEnum : struct, Enum =>
            study.Category.Select((c, i) => FhirIn.OwnOrNull<TEnum>(c, $"{p}.category[{i}]")).FirstOrDefault(v => v is not null)
            ?? throw FhirIn.Missing($"{p}.category", $"a category coded in {Fx.SystemUrl<TEnum>()} is required.");
        var periods = new List<TrialPeriod>();
        var pi = 0;
        foreach (var e in study.Extension.Where(e => e.Url == FhirCanonicals.Extension("trial-period")))
        {
            var path = $"{p}.extension('trial-period')[{pi++}]";
            CalendarInterval? Iv(string name)
            {
                var q = e.GetExtensionValue<Quantity>(name);
                if (q is null)
                {
                    return null;
                }

                var unit = FhirIn.CodeOrNull<IntervalUnit>(q.Unit, $"{path}.extension('{name}').unit") ?? throw FhirIn.Missing($"{path}.extension('{name}').unit", "the interval unit is required.");
                return FhirIn.Build($"{path}.extension('{name}')", () => new CalendarInterval((int)FhirIn.QuantityValue(q, $"{path}.extension('{name}')"), unit));
            }

            var start = Iv("start") ?? throw FhirIn.Missing($"{path}.extension('start')", "the period start is required.");
            periods.Add(FhirIn.Build(path, () => new TrialPeriod(
                e.GetExtensionValue<FhirString>("id")?.Value!, e.GetExtensionValue<FhirString>("label")?.Value!, start, Iv("end"), Iv("gap-before"),
                e.GetExtensionValue<FhirBoolean>("re-randomized")?.Value ?? false)));
        }

        var arms = new List<Arm>();
        for (var i = 0; i < study.Arm.Count; i++)
        {
            var a = study.Arm[i];
            var type = FhirIn.Own<ArmType>(a.Type, $"{p}.arm[{i}].type");
            arms.Add(FhirIn.Build($"{p}.arm[{i}]", () => new Arm(a.Name!, a.Description!, type, null, [], null, FhirIn.ExtString(a, "arm-description", $"{p}.arm[{i}]"),
                Indication: FhirIn.ExtString(a, "arm-indication", $"{p}.arm[{i}]"))));
        }

        var citations = study.RelatedArtifact.Where(r => r.Type == RelatedArtifact.RelatedArtifactType.Citation).Select((r, i) =>
            FhirIn.Build($"{p}.relatedArtifact[{i}]", () => new Citation(r.Citation!, FhirIn.ExtString(r, "doi", p), FhirIn.ExtString(r, "pmid", p), r.Url))).ToList();
        var allocation = Cat<Allocation>();
        var model = Cat<InterventionModel>();
        var masking = Cat<Masking>();
        var startDate = study.Period?.Start is { } sd ? FhirIn.Partial(sd, $"{p}.period.start") : (PartialDate?)null;
        var endDate = study.Period?.End is { } ed ? FhirIn.Partial(ed, $"{p}.period.end") : (PartialDate?)null;
        return FhirIn.Build(p, () =>
        {
            var design = new TrialDesign([.. phases], allocation, model, masking, [], [], [.. periods], [], []);
            return new TrialDocument(MscDomainSchemaVersion.Current, id, study.Title!, [.. citations], [.. registrations!], design,
                [.. products], [], [.. arms], [], [], [], [], [], null, null, startDate, endDate, study.Description);
        });
    }

    /// <summary>
    /// A cell product as an R4 <c>BiologicallyDerivedProduct</c> (trial use, FMM 0).
    /// </summary>
    /// <param name="product">The product.</param>
    /// <param name="parent">The reference to the parent product's BDP, for a derived product.</param>
    /// <returns>The BiologicallyDerivedProduct.</returns>
    /// <remarks>
    /// <c>productCategory</c> (required): <c>cells</c>, or <c>biologicalAgent</c> for conditioned medium and
    /// extracellular vesicles (fhir-and-codes.md §1.3 POLICY); <c>productCode</c> = own <c>cell-product-kind</c> with the
    /// name as text; <c>parent</c> = the derived-from lineage (the only R4 element that references a BDP);
    /// the donor travels in the own extension <c>donor</c>, not in <c>collection.source</c>: Firely 3.6.0 reports
    /// ref-1 on every reference placed there, even a display-only one (docs/fhir.md);
    /// <c>manipulation.description</c> = the manufacture description. Tissue, donor details and manufacture figures
    /// (passage, population doublings, days in culture, supplement, preservation, post-thaw viability, iron labelling)
    /// travel in own extensions; release tests are separate Observations (<see cref="ToReleaseTestObservation"/>).
    /// </remarks>
    public static BiologicallyDerivedProduct ToBiologicallyDerivedProduct(CellProduct product, ResourceReference? parent)
    {
        ArgumentNullException.ThrowIfNull(product);
        var bdp = new BiologicallyDerivedProduct
        {
            Identifier = [Fx.Id("product", product.Id)],
            ProductCategory = product.Kind is CellProductKind.ConditionedMedium or CellProductKind.ExtracellularVesicles
                ? BiologicallyDerivedProduct.BiologicallyDerivedProductCategory.BiologicalAgent
                : BiologicallyDerivedProduct.BiologicallyDerivedProductCategory.Cells,
            ProductCode = new CodeableConcept { Coding = [Fx.Own(product.Kind)], Text = product.Name },
            Parent = parent is null ? [] : [parent],
        };
        Fx.Add(bdp, "tissue-source", Fx.CodeOf(product.Tissue));
        Fx.Add(bdp, "verbatim-label", product.VerbatimLabel is { } v ? new FhirString(v) : null);
        Fx.Add(bdp, "off-the-shelf", product.OffTheShelf is { } ots ? new FhirBoolean(ots) : null);
        var donor = new Extension { Url = FhirCanonicals.Extension("donor") };
        switch (product.Donor)
        {
            case RecipientDonor:
                donor.Extension.Add(new Extension("kind", new Code("recipient")));
                break;
            case IdentifiedDonor id:
                donor.Extension.Add(new Extension("kind", new Code("identified")));
                donor.Extension.Add(new Extension("donor-id", new FhirString(id.DonorId)));
                if (id.AgeYears is { } age)
                {
                    donor.Extension.Add(new Extension("age-years", new Integer(age)));
                }

                if (id.Sex is { } sex)
                {
                    donor.Extension.Add(new Extension("sex", Fx.CodeOf(sex)));
                }

                if (id.Bank is { } bank)
                {
                    donor.Extension.Add(new Extension("bank", new FhirString(bank)));
                }

                break;
        }

        bdp.Extension.Add(donor);
        if (product.Manufacture is { } m)
        {
            if (m.Description is { } desc)
            {
                bdp.Manipulation = new BiologicallyDerivedProduct.ManipulationComponent { Description = desc };
            }

            var e = new Extension { Url = FhirCanonicals.Extension("manufacture") };
            void Sub(string name, DataType? value)
            {
                if (value is not null)
                {
                    e.Extension.Add(new Extension(name, value));
                }
            }

            Sub("passage", m.Passage is { } pa ? new Integer(pa) : null);
            Sub("population-doublings", m.CumulativePopulationDoublings is { } pd ? new FhirDecimal(pd) : null);
            Sub("days-in-culture", m.DaysInCulture is { } dc ? new Integer(dc) : null);
            Sub("supplement", Fx.Code(m.Supplement));
            Sub("preservation", Fx.Code(m.Preservation));
            Sub("post-thaw-viability", m.PostThawViability is { } pv ? Fx.Ucum(pv.Value, "%", "%") : null);
            Sub("iron-labelled", m.IronLabelled is { } il ? new FhirBoolean(il) : null);
            Sub("description", m.Description is { } de ? new FhirString(de) : null);
            bdp.Extension.Add(e);
        }

        return bdp;
    }

    /// <summary>Reads a cell product back from its BiologicallyDerivedProduct and its release-test Observations.</summary>
    /// <param name="bdp">The resource written by <see cref="ToBiologicallyDerivedProduct"/>.</param>
    /// <param name="parentId">The parent's product id, resolved from <c>parent</c> by the bundle reader.</param>
    /// <param name="releaseTests">The release tests read back.</param>
    /// <returns>The product (without its ISCT panel, which FHIR does not carry).</returns>
    /// <exception cref="FhirImportException">A required element is missing or a code cannot be mapped.</exception>
    public static CellProduct FromBiologicallyDerivedProduct(BiologicallyDerivedProduct bdp, string? parentId, IReadOnlyList<ReleaseTest> releaseTests)
    {
        ArgumentNullException.ThrowIfNull(bdp);
        ArgumentNullException.ThrowIfNull(releaseTests);
        const string p = "BiologicallyDerivedProduct";
        var id = bdp.Identifier.FirstOrDefault(i => i.System == FhirCanonicals.Identifier("product"))?.Value
            ?? throw FhirIn.Missing($"{p}.identifier", $"an identifier with system {FhirCanonicals.Identifier("product")} (the product id) is required.");
        var kind = FhirIn.Own<CellProductKind>(bdp.ProductCode, $"{p}.productCode");
        var name = bdp.ProductCode?.Text ?? throw FhirIn.Missing($"{p}.productCode.text", "the product name is required.");
        var tissue = FhirIn.CodeOrNull<TissueSource>(FhirIn.ExtCode(bdp, "tissue-source", p), $"{p}.extension('tissue-source')")
            ?? throw FhirIn.Missing($"{p}.extension('tissue-source')", "the tissue source is required.");
        var d = FhirIn.Ext(bdp, "donor") ?? throw FhirIn.Missing($"{p}.extension('donor')", "the donor is required.");
        DonorSource donor = d.GetExtensionValue<Code>("kind")?.Value switch
        {
            "recipient" => new RecipientDonor(),
            "identified" => FhirIn.Build($"{p}.extension('donor')", () => new IdentifiedDonor(
                d.GetExtensionValue<FhirString>("donor-id")?.Value!,
                d.GetExtensionValue<Integer>("age-years")?.Value,
                FhirIn.CodeOrNull<Sex>(d.GetExtensionValue<Code>("sex")?.Value, $"{p}.extension('donor').sex"),
                d.GetExtensionValue<FhirString>("bank")?.Value)),
            var other => throw FhirIn.Unknown($"{p}.extension('donor').kind", other, "the donor kind is recipient or identified."),
        };
        Manufacture? manufacture = null;
        if (FhirIn.Ext(bdp, "manufacture") is { } m)
        {
            var mp = $"{p}.extension('manufacture')";
            manufacture = FhirIn.Build(mp, () => new Manufacture(
                m.GetExtensionValue<Integer>("passage")?.Value,
                m.GetExtensionValue<FhirDecimal>("population-doublings")?.Value,
                m.GetExtensionValue<Integer>("days-in-culture")?.Value,
                FhirIn.CodeOrNull<CultureSupplement>(m.GetExtensionValue<Code>("supplement")?.Value, $"{mp}.supplement"),
                FhirIn.CodeOrNull<PreservationState>(m.GetExtensionValue<Code>("preservation")?.Value, $"{mp}.preservation"),
                m.GetExtensionValue<Quantity>("post-thaw-viability")?.Value is { } pv ? new Percentage(pv) : null,
                m.GetExtensionValue<FhirBoolean>("iron-labelled")?.Value,
                m.GetExtensionValue<FhirString>("description")?.Value));
        }

        return FhirIn.Build(p, () => new CellProduct(id, name, kind, tissue, donor, [.. releaseTests], parentId, manufacture, null, FhirIn.ExtString(bdp, "verbatim-label", p),
            FhirIn.ExtBool(bdp, "off-the-shelf", p)));
    }

    /// <summary>
    /// A release test as an R4 <c>Observation</c> whose <c>focus</c> is the product's BDP (R4 BDP has no quality
    /// element; fhir-and-codes.md §1.3): code = own <c>mscdomain-concept#release-test</c> + <c>release-test-kind</c>,
    /// value = the numeric result (<c>valueQuantity</c>) or the text result (<c>valueString</c>; with a number too, in
    /// <c>note</c>), interpretation = own <c>test-outcome</c>, method and specification as text, lot in an own extension.
    /// </summary>
    /// <param name="test">The release test.</param>
    /// <param name="product">The reference to the product's BDP.</param>
    /// <returns>The Observation.</returns>
    public static Hl7.Fhir.Model.Observation ToReleaseTestObservation(ReleaseTest test, ResourceReference product)
    {
        ArgumentNullException.ThrowIfNull(test);
        var o = new Hl7.Fhir.Model.Observation
        {
            Status = ObservationStatus.Final,
            Code = new CodeableConcept { Coding = [Fx.Concept("release-test"), Fx.Own(test.Kind)], Text = test.Name },
            Focus = [product],
            Effective = test.Date is { } d ? new FhirDateTime(Fx.Text(d)) : null,
            Interpretation = [Fx.Cc(Fx.Own(test.Outcome))],
            Method = test.Method is { } m ? new CodeableConcept { Text = m } : null,
        };
        if (test.ResultValue is { } v)
        {
            o.Value = new Quantity { Value = v, Unit = test.ResultUnit };
            if (test.ResultText is { } t)
            {
                o.Note.Add(new Annotation { Text = t });
            }
        }
        else if (test.ResultText is { } t)
        {
            o.Value = new FhirString(t);
        }

        if (test.Specification is { } spec)
        {
            o.ReferenceRange.Add(new Hl7.Fhir.Model.Observation.ReferenceRangeComponent { Text = spec });
        }

        Fx.Add(o, "lot", test.LotId is { } lot ? new FhirString(lot) : null);
        return o;
    }

    /// <summary>Reads a release test back from its Observation.</summary>
    /// <param name="observation">The Observation written by <see cref="ToReleaseTestObservation"/>.</param>
    /// <returns>The release test.</returns>
    /// <exception cref="FhirImportException">The kind or outcome is missing or unknown.</exception>
    public static ReleaseTest FromReleaseTestObservation(Hl7.Fhir.Model.Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        const string p = "Observation";
        var kind = FhirIn.Own<ReleaseTestKind>(observation.Code, $"{p}.code");
        var outcome = FhirIn.Own<TestOutcome>(observation.Interpretation.FirstOrDefault(), $"{p}.interpretation");
        var q = observation.Value as Quantity;
        var text = observation.Value is FhirString s ? s.Value : observation.Note.FirstOrDefault()?.Text;
        var date = observation.Effective is FhirDateTime dt ? FhirIn.Date(dt.Value, $"{p}.effectiveDateTime") : (NodaTime.LocalDate?)null;
        return FhirIn.Build(p, () => new ReleaseTest(kind, outcome, observation.Method?.Text, observation.ReferenceRange.FirstOrDefault()?.Text,
            q?.Value, q?.Unit, text, date, FhirIn.ExtString(observation, "lot", p), observation.Code.Text));
    }
}
