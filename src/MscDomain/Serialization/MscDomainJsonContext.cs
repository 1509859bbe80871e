using System.Text.Json.Serialization;
using MscDomain.Outcomes;
using MscDomain.Trials;
using MscDomain.Common;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Serialization;

/// <summary>
/// The one source-generated System.Text.Json context for every MscDomain document type. Internal on
/// purpose: apps use the public facade and <c>ConfigureForMscDomain</c>. Register each serializable
/// type with one <c>[JsonSerializable]</c> line (one line per type keeps merges trivial).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    NumberHandling = JsonNumberHandling.Strict,
    UseStringEnumConverter = true,
    AllowDuplicateProperties = false,
    AllowOutOfOrderMetadataProperties = true,
    Converters = [typeof(LocalDateJsonConverter), typeof(LocalTimeJsonConverter), typeof(LocalDateTimeJsonConverter), typeof(InstantJsonConverter), typeof(ModelEnumConverters)])]
[JsonSerializable(typeof(EdssScore))]
[JsonSerializable(typeof(MscDomain.AdverseEvents.CtcaeGrade))]
[JsonSerializable(typeof(AdverseEvent))]
[JsonSerializable(typeof(AdverseEventDocument))]
[JsonSerializable(typeof(AdverseEventClassificationReport))]
[JsonSerializable(typeof(AdverseEventSeverity))]
[JsonSerializable(typeof(SeriousnessCriteria))]
[JsonSerializable(typeof(AdverseEventOutcome))]
[JsonSerializable(typeof(AdverseEventAction))]
[JsonSerializable(typeof(CausalityCategory))]
[JsonSerializable(typeof(CausalityAssessment))]
[JsonSerializable(typeof(Expectedness))]
[JsonSerializable(typeof(MeddraCoding))]
[JsonSerializable(typeof(PartialDate))]
[JsonSerializable(typeof(ReferenceSafetyInformation))]
[JsonSerializable(typeof(ReferenceSafetyEntry))]
[JsonSerializable(typeof(Exposure))]
[JsonSerializable(typeof(ExposureRoute))]
[JsonSerializable(typeof(MscDomain.Disability.ConfirmedChangeResult))]
[JsonSerializable(typeof(MscDomain.Disability.ConfirmedChangeEvent))]
[JsonSerializable(typeof(MscDomain.Disability.MilestoneResult))]
[JsonSerializable(typeof(MscDomain.Disability.ParticipantConfirmedChange))]
[JsonSerializable(typeof(MscDomain.Disability.ParticipantMilestone))]
[JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<MscDomain.Disability.ParticipantConfirmedChange>))]
[JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<MscDomain.Disability.ParticipantMilestone>))]
[JsonSerializable(typeof(TrialDocument))]
[JsonSerializable(typeof(ParticipantTimeline))]
[JsonSerializable(typeof(CohortDocument))]
[JsonSerializable(typeof(MscDomain.Cells.CellProduct))]
[JsonSerializable(typeof(MscDomain.Cells.IsctEvaluation))]
[JsonSerializable(typeof(MscDomain.Dosing.Regimen))]
[JsonSerializable(typeof(MscDomain.Dosing.DoseSpecification))]
[JsonSerializable(typeof(MscDomain.Dosing.Administration))]
[JsonSerializable(typeof(MscDomain.Dosing.CellCount))]
[JsonSerializable(typeof(MscDomain.Dosing.CellsPerKg))]
[JsonSerializable(typeof(MscDomain.Dosing.WeightKg))]
[JsonSerializable(typeof(MscDomain.Dosing.CellConcentration))]
[JsonSerializable(typeof(MscDomain.Dosing.VolumeMl))]
[JsonSerializable(typeof(MscDomain.Dosing.CalendarInterval))]
[JsonSerializable(typeof(MscDomain.Dosing.Schedule))]
[JsonSerializable(typeof(MscDomain.Dosing.RouteCoding))]
[JsonSerializable(typeof(MscDomain.Dosing.PlannedCellTotal))]
[JsonSerializable(typeof(MscDomain.Dosing.PlannedAdministrationDate))]
[JsonSerializable(typeof(MscDomain.Outcomes.Observation))]
[JsonSerializable(typeof(MscDomain.Outcomes.Percentage))]
[JsonSerializable(typeof(MscDomain.Outcomes.FunctionalSystemScore))]
[JsonSerializable(typeof(MscDomain.Outcomes.FunctionalSystem))]
[JsonSerializable(typeof(MscDomain.Outcomes.Relapse))]
[JsonSerializable(typeof(MscDomain.Outcomes.LabMeasurement))]
[JsonSerializable(typeof(MscDomain.Outcomes.MeasureDefinition))]
[JsonSerializable(typeof(MscDomain.Disease.DiseaseCourse))]
[JsonSerializable(typeof(MscDomain.Mechanisms.MechanismClaim))]
[JsonSerializable(typeof(PartialDate))]
[JsonSerializable(typeof(ResultStatistic))]
[JsonSerializable(typeof(ReportedResult))]
[JsonSerializable(typeof(MscDomain.Disability.FunctionalSystemScores))]
[JsonSerializable(typeof(MscDomain.Disability.AmbulationScore))]
[JsonSerializable(typeof(MscDomain.Analysis.KaplanMeierResult))]
[JsonSerializable(typeof(MscDomain.Analysis.LogRankResult))]
internal sealed partial class MscDomainJsonContext : JsonSerializerContext
{
}
