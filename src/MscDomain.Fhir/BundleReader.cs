using MscDomain.AdverseEvents;
using System.Collections.Immutable;
using Hl7.Fhir.Model;
using MscDomain.Cells;
using MscDomain.Common;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Fhir;

/// <summary>Reads cohorts and trials from Bundles, collecting every problem as a located issue.</summary>
internal sealed class BundleReader
{
    private readonly Bundle bundle;
    private readonly string? file;
    private readonly List<DataIssue> issues = [];
    private readonly Dictionary<string, int> byUrl = new(StringComparer.Ordinal);
    private readonly HashSet<int> used = [];

    public BundleReader(Bundle bundle, string? file)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        this.bundle = bundle;
        this.file = file;
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var e = bundle.Entry[i];
            if (e.Resource is null)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.FhirMissingElement, At(i, ""), null, "every Bundle entry needs a resource."));
                continue;
            }

            if (e.FullUrl is { } u)
            {
                byUrl[u] = i;
            }

            if (e.Resource.Id is { } id)
            {
                byUrl.TryAdd($"{e.Resource.TypeName}/{id}", i);
            }
        }
    }

    private SourceLocation At(int entry, string rest) => new(file, path: $"Bundle.entry[{entry}].resource{rest}");

    private IEnumerable<(int Index, T Resource)> All<T>()
        where T : Resource =>
        bundle.Entry.Select((e, i) => (i, e.Resource as T)).Where(x => x.Item2 is not null).Select(x => (x.i, x.Item2!));

    private (int Index, T Resource)? Resolve<T>(ResourceReference? r)
        where T : Resource =>
        r?.Reference is { } url && byUrl.TryGetValue(url, out var i) && bundle.Entry[i].Resource is T t ? (i, t) : null;

    /// <summary>Runs one mapping; its issues are relocated to the entry and collected. Returns default on failure.</summary>
    private T? Try<T>(int entry, Func<T> map, IReadOnlyDictionary<string, int>? entryOfType = null)
    {
        used.Add(entry);
        try
        {
            return map();
        }
        catch (FhirImportException ex)
        {
            foreach (var issue in ex.Issues)
            {
                var path = issue.Location.Path ?? string.Empty;
                var dot = path.IndexOf('.', StringComparison.Ordinal);
                var rest = dot < 0 ? string.Empty : path[dot..];
                var type = dot < 0 ? path : path[..dot];
                var at = entryOfType is not null && entryOfType.TryGetValue(type, out var e) ? e : entry;
                issues.Add(issue with { Location = At(at, rest) });
            }

            return default;
        }
    }

    private FhirReadResult<T> Result<T>(T? value)
        where T : class
    {
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            if (!used.Contains(i) && bundle.Entry[i].Resource is { } r && r is not CodeSystem)
            {
                issues.Add(DataIssue.Warning(DataIssueCodes.FhirUnexpectedResource, At(i, ""), r.TypeName, $"this {r.TypeName} is not part of any mapped document and was not read."));
            }
        }

        var failed = issues.Any(i => i.Severity == DataIssueSeverity.Error);
        return new FhirReadResult<T>(failed ? null : value, [.. issues.OrderBy(i => i.Severity)]);
    }

    private string ProductId(ResourceReference r, string path)
    {
        if (Resolve<BiologicallyDerivedProduct>(r) is { } bdp)
        {
            return bdp.Resource.Identifier.FirstOrDefault(i => i.System == FhirCanonicals.Identifier("product"))?.Value
                ?? throw FhirIn.Missing(path, "the referenced BiologicallyDerivedProduct has no product identifier.");
        }

        if (r.Identifier?.System == FhirCanonicals.Identifier("product") && r.Identifier.Value is { } v)
        {
            return v;
        }

        throw r.Reference is { } url
            ? new FhirImportException(DataIssue.Error(DataIssueCodes.FhirBrokenReference, SourceLocation.AtJsonPath(path), url, "the product reference does not resolve to a BiologicallyDerivedProduct in the Bundle and carries no product identifier."))
            : FhirIn.Missing(path, $"a product reference needs a resolvable reference or an identifier with system {FhirCanonicals.Identifier("product")}.");
    }

    public FhirReadResult<CohortDocument> ReadCohort()
    {
        if (bundle.Type is not (Bundle.BundleType.Collection or Bundle.BundleType.Transaction))
        {
            issues.Add(DataIssue.Error(DataIssueCodes.FhirUnexpectedResource, new SourceLocation(file, path: "Bundle.type"), bundle.Type?.ToString(), "a cohort Bundle is a collection or a transaction."));
            return Result<CohortDocument>(null);
        }

        var groups = All<Group>().Where(g => g.Resource.Identifier.Any(i => i.System == FhirCanonicals.Identifier("cohort"))).ToList();
        if (groups.Count != 1)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.FhirMissingElement, new SourceLocation(file, path: "Bundle.entry"), groups.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"a cohort Bundle needs exactly one Group with an identifier of system {FhirCanonicals.Identifier("cohort")}."));
            return Result<CohortDocument>(null);
        }

        var (gi, group) = groups[0];
        used.Add(gi);
        var cohortId = group.Identifier.First(i => i.System == FhirCanonicals.Identifier("cohort")).Value;
        var trialId = Try(gi, () => FhirIn.ExtString(group, "trial-id", "Group"));

        // the trial's resources, if the bundle carries them, are part of the cohort document's context
        foreach (var (i, _) in All<ResearchStudy>())
        {
            used.Add(i);
        }

        foreach (var (i, _) in All<BiologicallyDerivedProduct>())
        {
            used.Add(i);
        }

        var bySubject = new Dictionary<string, List<(int Index, Resource Resource)>>(StringComparer.Ordinal);
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var r = bundle.Entry[i].Resource;
            var subject = r switch
            {
                ResearchSubject rs => rs.Individual,
                Condition c => c.Subject,
                Procedure p => p.Subject,
                Hl7.Fhir.Model.Observation o => o.Subject,
                Hl7.Fhir.Model.AdverseEvent a => a.Subject,
                _ => null,
            };
            if (r is Hl7.Fhir.Model.Observation { Subject: null } ob && ob.Focus.Count > 0)
            {
                used.Add(i); // a release test: read with its trial
                continue;
            }

            if (subject?.Reference is { } url)
            {
                if (!bySubject.TryGetValue(url, out var list))
                {
                    bySubject[url] = list = [];
                }

                list.Add((i, r!));
            }
        }

        var participants = new List<ParticipantTimeline>();
        for (var mi = 0; mi < group.Member.Count; mi++)
        {
            var member = group.Member[mi];
            if (Resolve<Patient>(member.Entity) is not { } pat)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.FhirBrokenReference, At(gi, $".member[{mi}].entity"), member.Entity?.Reference, "a cohort member must reference a Patient in the Bundle."));
                continue;
            }

            var url = bundle.Entry[pat.Index].FullUrl;
            var linked = url is not null && bySubject.TryGetValue(url, out var l) ? l : [];
            if (ReadParticipant(pat.Index, pat.Resource, linked) is { } p)
            {
                participants.Add(p);
            }
        }

        var cohort = Try(gi, () => FhirIn.Build("Group", () => new CohortDocument(MscDomainSchemaVersion.Current, cohortId!, [.. participants], trialId, group.Name)));
        return Result(cohort);
    }

    private ParticipantTimeline? ReadParticipant(int pi, Patient patient, List<(int Index, Resource Resource)> linked)
    {
        var subjects = linked.Where(x => x.Resource is ResearchSubject).ToList();
        if (subjects.Count != 1)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.FhirMissingElement, At(pi, ""), subjects.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "each Patient needs exactly one ResearchSubject whose individual references it."));
            return null;
        }

        var (si, subject) = (subjects[0].Index, (ResearchSubject)subjects[0].Resource);
        var course = linked.FirstOrDefault(x => x.Resource is Condition c && IsCourse(c));
        var admins = new List<Administration>();
        var observations = new List<Outcomes.Observation>();
        var relapses = new List<Relapse>();
        var labs = new List<LabMeasurement>();
        var aes = new List<AdverseEvents.AdverseEvent>();
        var ok = true;
        void Collect<T>(List<T> list, int index, Func<T> map)
        {
            var v = Try(index, map);
            if (v is null)
            {
                ok = false;
            }
            else
            {
                list.Add(v);
            }
        }

        foreach (var (i, r) in linked)
        {
            switch (r)
            {
                case Procedure p:
                    Collect(admins, i, () => FhirMapper.FromProcedure(p, ProductId));
                    break;
                case Condition c when IsRelapse(c):
                    Collect(relapses, i, () => FhirMapper.FromRelapseCondition(c));
                    break;
                case Hl7.Fhir.Model.Observation o when o.Code?.Coding.Any(c => c.System == FhirCanonicals.CodeSystem("lab-test-code")) == true:
                    Collect(labs, i, () => FhirMapper.FromLabObservation(o));
                    break;
                case Hl7.Fhir.Model.Observation o when o.Code?.Coding.Any(c => c.System == FhirCanonicals.CodeSystem(MscDomainCodeSystems.ConceptSystemId) && c.Code == "confirmed-disability-event") == true:
                    used.Add(i); // derived: the core recomputes it from the EDSS visits
                    break;
                case Hl7.Fhir.Model.Observation o:
                    Collect(observations, i, () => FhirMapper.FromObservation(o));
                    break;
                case Hl7.Fhir.Model.AdverseEvent a:
                    Collect(aes, i, () => FhirMapper.FromAdverseEvent(a));
                    break;
                case Condition c when IsCourse(c):
                    break;
            }
        }

        var identity = Try(si, () =>
        {
            var trialRef = Resolve<ResearchStudy>(subject.Study);
            var read = FhirMapper.FromPatient(patient, subject, course.Resource as Condition);
            if (trialRef is { } t)
            {
                read.TrialId = t.Resource.Identifier.FirstOrDefault(i => i.System == FhirCanonicals.Identifier("trial"))?.Value;
            }

            return (object)read;
        }, new Dictionary<string, int>(StringComparer.Ordinal) { ["Patient"] = pi, ["ResearchSubject"] = si, ["Condition"] = course.Resource is null ? si : course.Index });
        if (course.Resource is not null)
        {
            used.Add(course.Index);
        }

        if (identity is not ValueTuple<string, string?, string?, string?, ParticipantBaseline> id || !ok)
        {
            return null;
        }

        return Try(pi, () => FhirIn.Build("Patient", () => new ParticipantTimeline(MscDomainSchemaVersion.Current, id.Item1, id.Item5,
            [.. admins], [.. observations], [.. relapses], [.. labs], [.. aes], id.Item2, id.Item3, id.Item4)));
    }

    private static bool IsCourse(Condition c) =>
        c.Code?.Coding.Any(x => x.System == FhirCanonicals.CodeSystem(MscDomainCodeSystems.ConceptSystemId) && x.Code == "ms-course") == true;

    private static bool IsRelapse(Condition c) =>
        c.Code?.Coding.Any(x => (x.System == FhirCanonicals.CodeSystem(MscDomainCodeSystems.ConceptSystemId) && x.Code == "ms-relapse")
            || (x.System == FhirCanonicals.Snomed && x.Code == FhirCodes.RelapseSnomed)) == true;

    public FhirReadResult<TrialDocument> ReadTrial()
    {
        var studies = All<ResearchStudy>().ToList();
        if (studies.Count != 1)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.FhirMissingElement, new SourceLocation(file, path: "Bundle.entry"), studies.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "a trial Bundle needs exactly one ResearchStudy."));
            return Result<TrialDocument>(null);
        }

        var tests = new Dictionary<string, List<ReleaseTest>>(StringComparer.Ordinal);
        foreach (var (i, o) in All<Hl7.Fhir.Model.Observation>().Where(x => x.Resource.Subject is null && x.Resource.Focus.Count > 0))
        {
            var url = o.Focus[0].Reference ?? string.Empty;
            if (Try(i, () => FhirMapper.FromReleaseTestObservation(o)) is { } t)
            {
                if (!tests.TryGetValue(url, out var list))
                {
                    tests[url] = list = [];
                }

                list.Add(t);
            }
        }

        var products = new List<CellProduct>();
        foreach (var (i, bdp) in All<BiologicallyDerivedProduct>())
        {
            var url = bundle.Entry[i].FullUrl ?? string.Empty;
            var p = Try(i, () =>
            {
                string? parent = null;
                if (bdp.Parent.FirstOrDefault() is { } pr)
                {
                    parent = ProductId(pr, "BiologicallyDerivedProduct.parent");
                }

                return FhirMapper.FromBiologicallyDerivedProduct(bdp, parent, tests.TryGetValue(url, out var list) ? list : []);
            });
            if (p is not null)
            {
                products.Add(p);
            }
        }

        var (si, study) = studies[0];
        var trial = Try(si, () => FhirMapper.FromResearchStudy(study, products));
        return Result(trial);
    }
}
