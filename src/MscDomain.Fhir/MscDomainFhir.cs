using MscDomain.AdverseEvents;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using MscDomain.Cells;
using MscDomain.Common;
using MscDomain.Disability;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Safety;
using MscDomain.Serialization;
using MscDomain.Trials;
using NodaTime;

namespace MscDomain.Fhir;

/// <summary>
/// Cohorts and trials as FHIR R4 Bundles and back: the entry point of the package.
/// </summary>
/// <remarks>
/// Ids are deterministic name-based UUIDs of the library ids (the same document always gives the same ids), every
/// entry's <c>fullUrl</c> is <c>urn:uuid:{id}</c> and internal references use it (R4 §2.36.4 "Resolving references in
/// Bundles"); a <c>transaction</c> Bundle adds <c>request = PUT {type}/{id}</c> to each entry, so posting twice updates
/// rather than duplicates. Reading back gives the same document for everything FHIR carries; <c>docs/fhir.md</c> lists
/// what it does not. Bad input never throws: the readers return every problem as a located <see cref="DataIssue"/>
/// (codes <c>MSC12xx</c>).
/// </remarks>
public static class MscDomainFhir
{
    private static readonly IFhirSerializationEngine Engine = FhirSerializationEngineFactory.Strict(ModelInfo.ModelInspector);

    /// <summary>Serializes a resource (a Bundle) to FHIR JSON.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return Engine.SerializeToJson(resource);
    }

    /// <summary>Parses FHIR JSON into a Bundle; parse errors become MSC1201 issues with the JSON path, line and column.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="file">The file name, for the issue locations.</param>
    /// <returns>The Bundle or the issues.</returns>
    public static FhirReadResult<Bundle> ParseBundle(string json, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var r = Engine.DeserializeFromJson(json);
            return r is Bundle b
                ? new FhirReadResult<Bundle>(b, [])
                : new FhirReadResult<Bundle>(null, [DataIssue.Error(DataIssueCodes.FhirUnexpectedResource, new SourceLocation(file, path: "$.resourceType"), r?.TypeName, "the input must be a FHIR Bundle.")]);
        }
        catch (DeserializationFailedException ex)
        {
            return new FhirReadResult<Bundle>(null, [.. ex.Exceptions.Select(e => ParseIssue(e, file))]);
        }
        catch (FormatException ex)
        {
            return new FhirReadResult<Bundle>(null, [DataIssue.Error(DataIssueCodes.FhirUnreadable, new SourceLocation(file), null, ex.Message)]);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return new FhirReadResult<Bundle>(null, [DataIssue.Error(DataIssueCodes.FhirUnreadable, Located(file, ex.LineNumber + 1, ex.BytePositionInLine + 1, ex.Path), null, ex.Message)]);
        }
    }

    private static DataIssue ParseIssue(CodedException e, string? file) => e switch
    {
        FhirJsonException j => DataIssue.Error(DataIssueCodes.FhirUnreadable, Located(file, j.LineNumber, j.Position, j.InstancePath), null, $"{j.ErrorCode}: {j.Message}"),
        _ => DataIssue.Error(DataIssueCodes.FhirUnreadable, new SourceLocation(file), null, $"{e.ErrorCode}: {e.Message}"),
    };

    private static SourceLocation Located(string? file, long? line, long? column, string? path) =>
        line is { } l and > 0 ? new SourceLocation(file, (int)l, column is { } c and > 0 ? (int)c : null, path) : new SourceLocation(file, path: path);

    /// <summary>A cohort as a Bundle (see the class remarks): a <c>Group</c> (actual) for the cohort, and per participant a Patient, ResearchSubject, course Condition, Procedures, Observations, relapse Conditions, laboratory Observations, AdverseEvents and derived confirmed-disability Observations.</summary>
    /// <param name="cohort">The cohort.</param>
    /// <param name="options">The options; default <see cref="FhirExportOptions"/>.</param>
    /// <returns>The Bundle.</returns>
    public static Bundle ToBundle(CohortDocument cohort, FhirExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        options ??= new FhirExportOptions();
        var w = new BundleWriter(options.BundleType, $"cohort/{cohort.Id}");
        w.Bundle.Identifier = Fx.Id("cohort", cohort.Id);
        var trial = options.Trial;
        ResourceReference? studyRef = null;
        var productRefs = new Dictionary<string, ResourceReference>(StringComparer.Ordinal);
        if (trial is not null)
        {
            studyRef = WriteTrial(w, trial, productRefs);
        }

        var group = new Group
        {
            Identifier = [Fx.Id("cohort", cohort.Id)],
            Type = Group.GroupType.Person,
            Actual = true,
            Name = cohort.Description,
        };
        Fx.Add(group, "trial-id", cohort.TrialId is { } tid ? new FhirString(tid) : null);
        var groupRef = w.Add(group, "group");
        foreach (var p in cohort.Participants)
        {
            var key = $"participant/{p.ParticipantId}";
            var patient = w.Add(FhirMapper.ToPatient(p), key);
            group.Member.Add(new Group.MemberComponent { Entity = patient });
            ResourceReference study = p.TrialId is null ? new ResourceReference { Display = "no trial recorded" }
                : studyRef is not null && p.TrialId == trial!.Id ? studyRef
                : Fx.Conditional("ResearchStudy", "trial", p.TrialId);
            w.Add(FhirMapper.ToResearchSubject(p, patient, study), $"{key}/subject");
            if (p.Baseline.Course is { } course)
            {
                w.Add(FhirMapper.ToCondition(course, patient), $"{key}/course");
            }

            ResourceReference Product(string id) => productRefs.TryGetValue(id, out var r) ? r
                : Fx.Conditional("BiologicallyDerivedProduct", "product", id);
            var procedures = new List<(Administration A, ResourceReference R)>();
            for (var i = 0; i < p.Administrations.Length; i++)
            {
                procedures.Add((p.Administrations[i], w.Add(FhirMapper.ToProcedure(p.Administrations[i], patient, Product), $"{key}/administration/{i}")));
            }

            var edssRefs = new Dictionary<LocalDate, ResourceReference>();
            for (var i = 0; i < p.Observations.Length; i++)
            {
                var r = w.Add(FhirMapper.ToObservation(p.Observations[i], patient), $"{key}/observation/{i}");
                if (p.Observations[i] is EdssObservation e)
                {
                    edssRefs.TryAdd(e.Date, r);
                }
            }

            for (var i = 0; i < p.Relapses.Length; i++)
            {
                w.Add(FhirMapper.ToCondition(p.Relapses[i], patient), $"{key}/relapse/{i}");
            }

            for (var i = 0; i < p.LabMeasurements.Length; i++)
            {
                w.Add(FhirMapper.ToObservation(p.LabMeasurements[i], patient, GradeLab(p.LabMeasurements[i], options.LabGradingVersion)), $"{key}/lab/{i}");
            }

            for (var i = 0; i < p.AdverseEvents.Length; i++)
            {
                var ae = p.AdverseEvents[i];
                var onset = ae.OnsetDate ?? ae.PartialOnset?.Latest;
                var suspect = procedures.Where(x => x.A.WasDosed && (onset is null || x.A.Date <= onset)).Select(x => x.R).LastOrDefault();
                w.Add(FhirMapper.ToAdverseEvent(ae, patient, suspect, p.TrialId is null ? null : study), $"{key}/adverse-event/{i}");
            }

            if (options.DisabilityEvents is { } cdo)
            {
                WriteDisabilityEvents(w, p, patient, edssRefs, cdo, key);
            }
        }

        return w.Bundle;
    }

    /// <summary>A trial as a Bundle: its ResearchStudy, one BiologicallyDerivedProduct per cell product (parents first) and one Observation per release test.</summary>
    /// <param name="trial">The trial.</param>
    /// <param name="bundleType">The Bundle type.</param>
    /// <returns>The Bundle.</returns>
    public static Bundle ToBundle(TrialDocument trial, FhirBundleType bundleType = FhirBundleType.Collection)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var w = new BundleWriter(bundleType, $"trial/{trial.Id}");
        w.Bundle.Identifier = Fx.Id("trial", trial.Id);
        WriteTrial(w, trial, new Dictionary<string, ResourceReference>(StringComparer.Ordinal));
        return w.Bundle;
    }

    private static ResourceReference WriteTrial(BundleWriter w, TrialDocument trial, Dictionary<string, ResourceReference> productRefs)
    {
        var study = w.Add(FhirMapper.ToResearchStudy(trial), $"trial/{trial.Id}");
        var byId = trial.Products.ToDictionary(p => p.Id, StringComparer.Ordinal);
        void Write(CellProduct product)
        {
            if (productRefs.ContainsKey(product.Id))
            {
                return;
            }

            ResourceReference? parent = null;
            if (product.ParentProductId is { } pid && byId.TryGetValue(pid, out var pp))
            {
                Write(pp);
                parent = productRefs[pid];
            }

            var r = w.Add(FhirMapper.ToBiologicallyDerivedProduct(product, parent), $"trial/{trial.Id}/product/{product.Id}");
            productRefs[product.Id] = r;
            for (var i = 0; i < product.ReleaseTests.Length; i++)
            {
                w.Add(FhirMapper.ToReleaseTestObservation(product.ReleaseTests[i], r), $"trial/{trial.Id}/product/{product.Id}/release-test/{i}");
            }
        }

        foreach (var product in trial.Products)
        {
            Write(product);
        }

        return study;
    }

    private static CtcaeGrade? GradeLab(LabMeasurement lab, CtcaeVersion version)
    {
        if (!LabTermCatalog.TryResolve(lab.AnalyteCode, null, out var term) || !LabTermCatalog.IsGradable(term, version))
        {
            return null;
        }

        try
        {
            var r = CtcaeLabGrader.Default.Grade(new LabGradingInput
            {
                Term = term,
                Version = version,
                Value = lab.Value,
                Unit = LabUnitParser.Parse(lab.Unit),
                Uln = lab.UpperLimitOfNormal,
                Lln = lab.LowerLimitOfNormal,
            });
            return r.Grade;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void WriteDisabilityEvents(BundleWriter w, ParticipantTimeline p, ResourceReference patient, Dictionary<LocalDate, ResourceReference> edssRefs, ConfirmedChangeOptions options, string key)
    {
        var visits = p.Observations.OfType<EdssObservation>().OrderBy(o => o.Date).Select(o => new DisabilityVisit(o.Date, o.Score.Value)).ToList();
        if (visits.Count < 2)
        {
            return;
        }

        var result = ConfirmedChangeEngine.Analyze(visits, [.. p.Relapses.Select(r => r.Onset)], options);
        foreach (var e in result.Events)
        {
            var o = new Hl7.Fhir.Model.Observation
            {
                Status = ObservationStatus.Final,
                Category = [Fx.Cc(new Coding(FhirCodes.ObservationCategorySystem, "exam"))],
                Code = Fx.Cc(Fx.Concept("confirmed-disability-event")),
                Subject = patient,
                Effective = new FhirDateTime(Fx.Text(e.Onset.Date)),
                Value = new CodeableConcept { Coding = [Fx.Own(e.Kind), Fx.Own(e.Class)], Text = e.Label(options.ClassifyRawPira) },
            };
            foreach (var date in new[] { e.Baseline.Date, e.Onset.Date }.Concat(e.Confirmations.Where(c => c.Visit is not null).Select(c => c.Visit!.Value.Date)).Distinct())
            {
                if (edssRefs.TryGetValue(date, out var r))
                {
                    o.DerivedFrom.Add(new ResourceReference(r.Reference));
                }
            }

            w.Add(o, $"{key}/disability-event/{e.Number}");
        }
    }

    /// <summary>Reads a cohort back from a Bundle written by <see cref="ToBundle(CohortDocument, FhirExportOptions?)"/>.</summary>
    /// <param name="json">The Bundle JSON.</param>
    /// <param name="file">The file name, for the issue locations.</param>
    /// <returns>The cohort, or every issue found.</returns>
    public static FhirReadResult<CohortDocument> ReadCohort(string json, string? file = null)
    {
        var parsed = ParseBundle(json, file);
        return parsed.Value is { } b ? ReadCohort(b, file) : new FhirReadResult<CohortDocument>(null, parsed.Issues);
    }

    /// <summary>Reads a cohort back from a Bundle (collection or transaction).</summary>
    /// <param name="bundle">The Bundle.</param>
    /// <param name="file">The file name, for the issue locations.</param>
    /// <returns>The cohort, or every issue found.</returns>
    public static FhirReadResult<CohortDocument> ReadCohort(Bundle bundle, string? file = null) => new BundleReader(bundle, file).ReadCohort();

    /// <summary>Reads a trial back from a Bundle written by <see cref="ToBundle(TrialDocument, FhirBundleType)"/> (or a cohort Bundle that includes its trial).</summary>
    /// <param name="json">The Bundle JSON.</param>
    /// <param name="file">The file name, for the issue locations.</param>
    /// <returns>The trial, or every issue found.</returns>
    public static FhirReadResult<TrialDocument> ReadTrial(string json, string? file = null)
    {
        var parsed = ParseBundle(json, file);
        return parsed.Value is { } b ? ReadTrial(b, file) : new FhirReadResult<TrialDocument>(null, parsed.Issues);
    }

    /// <summary>Reads a trial back from a Bundle.</summary>
    /// <param name="bundle">The Bundle.</param>
    /// <param name="file">The file name, for the issue locations.</param>
    /// <returns>The trial, or every issue found.</returns>
    public static FhirReadResult<TrialDocument> ReadTrial(Bundle bundle, string? file = null) => new BundleReader(bundle, file).ReadTrial();
}
