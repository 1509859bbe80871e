using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MscDomain.Outcomes;
using MscDomain.Samples;
using MscDomain.Serialization;
using MscDomain.Trials;
using MscDomain.Common;
using MscDomain.AdverseEvents;

namespace MscDomain.Benchmarks;

/// <summary>
/// Serialising and deserialising the bundled demonstration cohort (300 participants, about 9 MB of JSON) through the
/// MscDomain facade, against a baseline of the same data as plain hand-written DTOs (primitive and string members only)
/// through a System.Text.Json source-generated context of their own.
/// </summary>
/// <remarks>
/// <para>Fairness of the baseline: it is built from the very same <see cref="CohortDocument"/> instance (same participants,
/// dates, enums, decimals, free text), is serialised indented like the facade, and goes through System.Text.Json source
/// generation (<see cref="DtoContext"/>) in the same process and run. Its shape is the domain JSON flattened: value objects
/// (<c>{ "kilograms": 70 }</c>) become plain decimals and the disease course becomes four string members, so its JSON is
/// about 5 % smaller (8.48 vs 8.92 MB). It has no validation: no value objects, no constructor rules, no strict member
/// handling, no required-member tracking, no schema-version check. The difference is the cost of the typed, validated model.</para>
/// <para>Run: <c>dotnet run -c Release --project benchmarks/MscDomain.Benchmarks -- --job short --filter *Serialization* --inProcess</c>.</para>
/// <para>The facade reads in two steps: a first read with hand-written fast readers for the most frequent objects
/// (labs, EDSS observations with their functional-system grades, unit values; <c>Serialization/FastReaders.cs</c>), and, only
/// when that read fails or a fast reader declines, a second read with the source-generated contract alone, which reports
/// errors as before. <see cref="Deserialize_contract_only"/> measures that second read on its own: it is what a document
/// the fast readers decline costs on top of the first read, and what the facade cost before the fast readers.</para>
/// <para>Per-layer split (CPU and allocations, variant by variant): <c>dotnet run -c Release --project
/// benchmarks/MscDomain.Benchmarks -- json-probe 21</c> (<see cref="JsonProbe"/>).</para>
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public partial class SerializationBenchmarks
{
    private CohortDocument _cohort = null!;
    private CohortDto _dto = null!;
    private string _json = "";
    private string _dtoJson = "";

    [GlobalSetup]
    public void Setup()
    {
        _cohort = DemonstrationCohort.Load();
        _json = MscDomainJson.Serialize(_cohort);
        _dto = CohortDto.From(_cohort);
        _dtoJson = JsonSerializer.Serialize(_dto, DtoContext.Default.CohortDto);
    }

    /// <summary>Baseline: plain DTOs to JSON.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Serialize")]
    public string Serialize_plain_dtos() => JsonSerializer.Serialize(_dto, DtoContext.Default.CohortDto);

    /// <summary>The domain cohort to JSON through the facade.</summary>
    [Benchmark]
    [BenchmarkCategory("Serialize")]
    public string Serialize_facade() => MscDomainJson.Serialize(_cohort);

    /// <summary>Baseline: JSON to plain DTOs.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Deserialize")]
    public CohortDto Deserialize_plain_dtos() => JsonSerializer.Deserialize(_dtoJson, DtoContext.Default.CohortDto)!;

    /// <summary>JSON to the validated domain cohort through the strict facade.</summary>
    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public CohortDocument Deserialize_facade() => MscDomainJson.DeserializeCohort(_json);

    /// <summary>JSON to the validated domain cohort through the contract alone (no fast readers): the facade's error and
    /// fallback path, and what the facade cost before the fast readers.</summary>
    [Benchmark]
    [BenchmarkCategory("Deserialize")]
    public CohortDocument Deserialize_contract_only() => MscDomainJson.DeserializeWithContract<CohortDocument>(_json);

    /// <summary>The baseline's source-generated context (indented, like the facade's output).</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
    [JsonSerializable(typeof(CohortDto))]
    internal sealed partial class DtoContext : JsonSerializerContext
    {
    }

    public sealed class CohortDto
    {
        public int SchemaVersion { get; set; }

        public string Id { get; set; } = "";

        public string? TrialId { get; set; }

        public string? Description { get; set; }

        public List<ParticipantDto> Participants { get; set; } = [];

        internal static CohortDto From(CohortDocument c) => new()
        {
            SchemaVersion = c.SchemaVersion,
            Id = c.Id,
            TrialId = c.TrialId,
            Description = c.Description,
            Participants = [.. c.Participants.Select(ParticipantDto.From)],
        };
    }

    public sealed class ParticipantDto
    {
        public int SchemaVersion { get; set; }

        public string ParticipantId { get; set; } = "";

        public string? TrialId { get; set; }

        public string? ArmId { get; set; }

        public string? SequenceId { get; set; }

        public string BirthDate { get; set; } = "";

        public string Sex { get; set; } = "";

        public string EnrolmentDate { get; set; } = "";

        public string? ConsentDate { get; set; }

        public string? CourseBase { get; set; }

        public string? CourseActivity { get; set; }

        public string? CourseProgression { get; set; }

        public string? CourseVerbatimLabel { get; set; }

        public decimal? BaselineEdss { get; set; }

        public decimal? WeightKg { get; set; }

        public List<AdministrationDto> Administrations { get; set; } = [];

        public List<EdssDto> Observations { get; set; } = [];

        public List<RelapseDto> Relapses { get; set; } = [];

        public List<LabDto> LabMeasurements { get; set; } = [];

        public List<AdverseEventDto> AdverseEvents { get; set; } = [];

        internal static ParticipantDto From(ParticipantTimeline p) => new()
        {
            SchemaVersion = p.SchemaVersion,
            ParticipantId = p.ParticipantId,
            TrialId = p.TrialId,
            ArmId = p.ArmId,
            SequenceId = p.SequenceId,
            BirthDate = p.Baseline.BirthDate.ToString(),
            Sex = p.Baseline.Sex.ToString().ToLowerInvariant(),
            EnrolmentDate = Date(p.Baseline.EnrolmentDate),
            ConsentDate = p.Baseline.ConsentDate is { } c ? Date(c) : null,
            CourseBase = p.Baseline.Course?.Base.ToString(),
            CourseActivity = p.Baseline.Course?.Activity.ToString(),
            CourseProgression = p.Baseline.Course?.Progression.ToString(),
            CourseVerbatimLabel = p.Baseline.Course?.VerbatimLabel,
            BaselineEdss = p.Baseline.BaselineEdss?.Value,
            WeightKg = p.Baseline.Weight?.Kilograms,
            Administrations = [.. p.Administrations.Select(a => new AdministrationDto
            {
                Date = Date(a.Date),
                Status = a.Status.ToString(),
                Time = a.Time?.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
                WeightOnDayKg = a.WeightOnDay?.Kilograms,
                PlannedNumber = a.PlannedNumber,
                PeriodId = a.PeriodId,
                Reason = a.Reason,
                FailedReleaseTest = a.FailedReleaseTest?.ToString(),
                Components = [.. a.Components.Select(g => new GivenComponentDto
                {
                    ProductId = g.ProductId,
                    Route = g.Route.ToString(),
                    DoseGivenMillions = g.DoseGiven?.Millions,
                    DosePerKgGivenMillions = g.DosePerKgGiven?.MillionsPerKg,
                    VolumeGivenMl = g.VolumeGiven?.Millilitres,
                    LotId = g.LotId,
                    DoseAdjusted = g.DoseAdjusted,
                })],
            })],
            Observations = [.. p.Observations.OfType<EdssObservation>().Select(o => new EdssDto
            {
                Kind = "edss",
                Date = Date(o.Date),
                Score = o.Score.Value,
                AmbulationScore = o.AmbulationScore,
                FunctionalSystems = [.. o.FunctionalSystems.Select(f => new FsDto { System = f.System.ToString(), Grade = f.Grade })],
            })],
            Relapses = [.. p.Relapses.Select(r => new RelapseDto
            {
                Onset = Date(r.Onset),
                End = r.End is { } e ? Date(e) : null,
                Confirmed = r.Confirmed,
                SteroidTreated = r.SteroidTreated,
                Description = r.Description,
            })],
            LabMeasurements = [.. p.LabMeasurements.Select(l => new LabDto
            {
                AnalyteCode = l.AnalyteCode,
                Value = l.Value,
                Unit = l.Unit,
                Date = Date(l.Date),
                LowerLimitOfNormal = l.LowerLimitOfNormal,
                UpperLimitOfNormal = l.UpperLimitOfNormal,
                Specimen = l.Specimen,
            })],
            AdverseEvents = [.. p.AdverseEvents.Select(e => new AdverseEventDto
            {
                Id = e.Id,
                VerbatimTerm = e.VerbatimTerm,
                PreferredTerm = e.Meddra?.PreferredTerm,
                OnsetDate = e.OnsetDate is { } o ? Date(o) : null,
                EndDate = e.EndDate is { } en ? Date(en) : null,
                Grade = e.Severity?.Grade,
                CtcaeVersion = e.Severity?.Version.ToString(),
                SeriousnessCriteria = e.SeriousnessCriteria.ToString(),
                RecordedSerious = e.RecordedSerious,
                Outcome = e.Outcome?.ToString(),
                Causality = e.InvestigatorCausality?.Category.ToString(),
                CausalityMethod = e.InvestigatorCausality?.Method,
                SponsorAwareDate = e.SponsorAwareDate is { } s ? Date(s) : null,
                ActionTaken = e.ActionTaken?.ToString(),
            })],
        };

        private static string Date(NodaTime.LocalDate d) => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    }

    public sealed class AdministrationDto
    {
        public string Date { get; set; } = "";

        public string Status { get; set; } = "";

        public string? Time { get; set; }

        public decimal? WeightOnDayKg { get; set; }

        public int? PlannedNumber { get; set; }

        public string? PeriodId { get; set; }

        public string? Reason { get; set; }

        public string? FailedReleaseTest { get; set; }

        public List<GivenComponentDto> Components { get; set; } = [];
    }

    public sealed class GivenComponentDto
    {
        public string ProductId { get; set; } = "";

        public string Route { get; set; } = "";

        public decimal? DoseGivenMillions { get; set; }

        public decimal? DosePerKgGivenMillions { get; set; }

        public decimal? VolumeGivenMl { get; set; }

        public string? LotId { get; set; }

        public bool DoseAdjusted { get; set; }
    }

    public sealed class EdssDto
    {
        public string Kind { get; set; } = "";

        public string Date { get; set; } = "";

        public decimal Score { get; set; }

        public int? AmbulationScore { get; set; }

        public List<FsDto> FunctionalSystems { get; set; } = [];
    }

    public sealed class FsDto
    {
        public string System { get; set; } = "";

        public int Grade { get; set; }
    }

    public sealed class RelapseDto
    {
        public string Onset { get; set; } = "";

        public string? End { get; set; }

        public bool? Confirmed { get; set; }

        public bool? SteroidTreated { get; set; }

        public string? Description { get; set; }
    }

    public sealed class LabDto
    {
        public string AnalyteCode { get; set; } = "";

        public decimal Value { get; set; }

        public string Unit { get; set; } = "";

        public string Date { get; set; } = "";

        public decimal? LowerLimitOfNormal { get; set; }

        public decimal? UpperLimitOfNormal { get; set; }

        public string? Specimen { get; set; }
    }

    public sealed class AdverseEventDto
    {
        public string Id { get; set; } = "";

        public string VerbatimTerm { get; set; } = "";

        public string? PreferredTerm { get; set; }

        public string? OnsetDate { get; set; }

        public string? EndDate { get; set; }

        public int? Grade { get; set; }

        public string? CtcaeVersion { get; set; }

        public string SeriousnessCriteria { get; set; } = "";

        public bool? RecordedSerious { get; set; }

        public string? Outcome { get; set; }

        public string? Causality { get; set; }

        public string? CausalityMethod { get; set; }

        public string? SponsorAwareDate { get; set; }

        public string? ActionTaken { get; set; }
    }
}
