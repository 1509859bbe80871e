using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MscDomain.Serialization;

/// <summary>
/// Registers the strict <see cref="WireNameEnumConverter{TEnum}"/> for every public enum of the model, listed here in one
/// place (one line per enum keeps merges trivial). The JSON context and <c>ConfigureForMscDomain</c> add this factory;
/// the model enums themselves carry only <see cref="JsonStringEnumMemberNameAttribute"/>s and no converter attribute.
/// A convention test fails when a public enum of the assembly is missing from the list.
/// </summary>
/// <remarks>Reflection-free at run time (no <c>MakeGenericType</c>), so trimming and Native AOT keep it.</remarks>
internal sealed class ModelEnumConverters : JsonConverterFactory
{
    /// <summary>The converter of each registered enum type.</summary>
    internal static readonly FrozenDictionary<Type, JsonConverter> ByType = new JsonConverter[]
    {
        new WireNameEnumConverter<MscDomain.Analysis.ConfidenceIntervalType>(),
        new WireNameEnumConverter<MscDomain.Cells.CellProductKind>(),
        new WireNameEnumConverter<MscDomain.Cells.CriterionStatus>(),
        new WireNameEnumConverter<MscDomain.Cells.CultureSupplement>(),
        new WireNameEnumConverter<MscDomain.Cells.DonorRelation>(),
        new WireNameEnumConverter<MscDomain.Cells.IsctCriterion>(),
        new WireNameEnumConverter<MscDomain.Cells.IsctVerdict>(),
        new WireNameEnumConverter<MscDomain.Cells.PreservationState>(),
        new WireNameEnumConverter<MscDomain.Cells.ReleaseTestKind>(),
        new WireNameEnumConverter<MscDomain.Cells.TestOutcome>(),
        new WireNameEnumConverter<MscDomain.Cells.TissueSource>(),
        new WireNameEnumConverter<MscDomain.Common.DataIssueSeverity>(),
        new WireNameEnumConverter<MscDomain.Common.Sex>(),
        new WireNameEnumConverter<MscDomain.Disability.AmbulationCategory>(),
        new WireNameEnumConverter<MscDomain.Disability.BaselineScheme>(),
        new WireNameEnumConverter<MscDomain.Disability.ChangeKind>(),
        new WireNameEnumConverter<MscDomain.Disability.CompositeComponent>(),
        new WireNameEnumConverter<MscDomain.Disability.CompositeDirection>(),
        new WireNameEnumConverter<MscDomain.Disability.CompositeStatus>(),
        new WireNameEnumConverter<MscDomain.Disability.DisabilityIssueSeverity>(),
        new WireNameEnumConverter<MscDomain.Disability.EdssFromFsBasis>(),
        new WireNameEnumConverter<MscDomain.Disability.EdssFromFsDecision>(),
        new WireNameEnumConverter<MscDomain.Disability.EdssFromFsPattern>(),
        new WireNameEnumConverter<MscDomain.Disability.EdssValidation>(),
        new WireNameEnumConverter<MscDomain.Disability.EventSelection>(),
        new WireNameEnumConverter<MscDomain.Disability.MsfcCognitiveTest>(),
        new WireNameEnumConverter<MscDomain.Disability.MsfcUnableToCompletePolicy>(),
        new WireNameEnumConverter<MscDomain.Disability.NedaComponent>(),
        new WireNameEnumConverter<MscDomain.Disability.NedaComponentStatus>(),
        new WireNameEnumConverter<MscDomain.Disability.NedaVariant>(),
        new WireNameEnumConverter<MscDomain.Disability.OutcomeKind>(),
        new WireNameEnumConverter<MscDomain.Disability.PiraPrecedingVisit>(),
        new WireNameEnumConverter<MscDomain.Disability.ProceedFrom>(),
        new WireNameEnumConverter<MscDomain.Disability.SkipLocalExtrema>(),
        new WireNameEnumConverter<MscDomain.Disability.SubThresholdRebaseline>(),
        new WireNameEnumConverter<MscDomain.Disability.ThresholdArithmetic>(),
        new WireNameEnumConverter<MscDomain.Disability.WorseningClass>(),
        new WireNameEnumConverter<MscDomain.Disability.WorseningDirection>(),
        new WireNameEnumConverter<MscDomain.Disease.ActivityModifier>(),
        new WireNameEnumConverter<MscDomain.Disease.BaseCourse>(),
        new WireNameEnumConverter<MscDomain.Disease.DiagnosticCriteria>(),
        new WireNameEnumConverter<MscDomain.Disease.ProgressionModifier>(),
        new WireNameEnumConverter<MscDomain.Dosing.AdministrationStatus>(),
        new WireNameEnumConverter<MscDomain.Dosing.CoMedicationRole>(),
        new WireNameEnumConverter<MscDomain.Dosing.CountedEntity>(),
        new WireNameEnumConverter<MscDomain.Dosing.IntervalUnit>(),
        new WireNameEnumConverter<MscDomain.Dosing.Route>(),
        new WireNameEnumConverter<MscDomain.Mechanisms.EffectDirection>(),
        new WireNameEnumConverter<MscDomain.Mechanisms.EvidenceLevel>(),
        new WireNameEnumConverter<MscDomain.Mechanisms.MechanismCategory>(),
        new WireNameEnumConverter<MscDomain.Mechanisms.Mediator>(),
        new WireNameEnumConverter<MscDomain.Outcomes.FunctionalSystem>(),
        new WireNameEnumConverter<MscDomain.Outcomes.Laterality>(),
        new WireNameEnumConverter<MscDomain.Outcomes.OutcomeMeasure>(),
        new WireNameEnumConverter<MscDomain.Outcomes.ThresholdKind>(),
        new WireNameEnumConverter<MscDomain.AdverseEvents.AdverseEventAction>(),
        new WireNameEnumConverter<MscDomain.AdverseEvents.AdverseEventOutcome>(),
        new WireNameEnumConverter<MscDomain.Safety.AlternativeExplanation>(),
        new WireNameEnumConverter<MscDomain.AdverseEvents.CausalityCategory>(),
        new WireNameEnumConverter<MscDomain.Safety.CausalityDataStatus>(),
        new WireNameEnumConverter<MscDomain.Safety.ClinicalFact>(),
        new WireNameEnumConverter<MscDomain.Safety.ClinicalQualifierPolicy>(),
        new WireNameEnumConverter<MscDomain.Safety.ClinicalSeverity>(),
        new WireNameEnumConverter<MscDomain.Safety.ClinicalTerm>(),
        new WireNameEnumConverter<MscDomain.Safety.CtcaeNotGradableReason>(),
        new WireNameEnumConverter<MscDomain.AdverseEvents.CtcaeVersion>(),
        new WireNameEnumConverter<MscDomain.Safety.DechallengeResponse>(),
        new WireNameEnumConverter<MscDomain.AdverseEvents.Expectedness>(),
        new WireNameEnumConverter<MscDomain.Safety.ExposureRoute>(),
        new WireNameEnumConverter<MscDomain.Safety.FeverTemperatureUnit>(),
        new WireNameEnumConverter<MscDomain.Safety.GradeSeriousnessCheck>(),
        new WireNameEnumConverter<MscDomain.Safety.IntegerBandGapPolicy>(),
        new WireNameEnumConverter<MscDomain.Safety.LabGradingDirection>(),
        new WireNameEnumConverter<MscDomain.Safety.LabGradingFlags>(),
        new WireNameEnumConverter<MscDomain.Safety.LabTerm>(),
        new WireNameEnumConverter<MscDomain.Safety.LabUnit>(),
        new WireNameEnumConverter<MscDomain.Safety.MscRiskCategory>(),
        new WireNameEnumConverter<MscDomain.Safety.NaranjoAnswer>(),
        new WireNameEnumConverter<MscDomain.Safety.NaranjoCategory>(),
        new WireNameEnumConverter<MscDomain.Safety.NaranjoMissingAnswer>(),
        new WireNameEnumConverter<MscDomain.Safety.RechallengeResult>(),
        new WireNameEnumConverter<MscDomain.Safety.ReferenceRangeStatus>(),
        new WireNameEnumConverter<MscDomain.Safety.SafetyIssueSeverity>(),
        new WireNameEnumConverter<MscDomain.AdverseEvents.SeriousnessCriteria>(),
        new WireNameEnumConverter<MscDomain.Safety.TimeRelationship>(),
        new WireNameEnumConverter<MscDomain.Safety.WindowMembership>(),
        new WireNameEnumConverter<MscDomain.Trials.AeWindowAnchor>(),
        new WireNameEnumConverter<MscDomain.Trials.Allocation>(),
        new WireNameEnumConverter<MscDomain.Trials.AnalysisPopulation>(),
        new WireNameEnumConverter<MscDomain.Trials.ArmType>(),
        new WireNameEnumConverter<MscDomain.Trials.EstimateKind>(),
        new WireNameEnumConverter<MscDomain.Trials.InterventionModel>(),
        new WireNameEnumConverter<MscDomain.Trials.MaskedRole>(),
        new WireNameEnumConverter<MscDomain.Trials.Masking>(),
        new WireNameEnumConverter<MscDomain.Trials.OutcomeDirection>(),
        new WireNameEnumConverter<MscDomain.Trials.OutcomeRole>(),
        new WireNameEnumConverter<MscDomain.Trials.ProcedureKind>(),
        new WireNameEnumConverter<MscDomain.Trials.RatioKind>(),
        new WireNameEnumConverter<MscDomain.Trials.ReportedRelatedness>(),
        new WireNameEnumConverter<MscDomain.Trials.TrialPhase>(),
        new WireNameEnumConverter<MscDomain.Trials.Verification>(),
    }.ToFrozenDictionary(c => c.Type!);

    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => ByType.ContainsKey(typeToConvert);

    /// <inheritdoc/>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => ByType[typeToConvert];
}
