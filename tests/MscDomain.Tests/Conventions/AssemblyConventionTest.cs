using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Tests.Conventions;

/// <summary>
/// Conventions over every public type of the MscDomain assembly (NodaTime MutabilityTest style): whatever an area adds
/// is checked without being listed. Exceptions are listed explicitly, each with its reason.
/// </summary>
public sealed class AssemblyConventionTest
{
    private static readonly Assembly Core = typeof(MscDomainJson).Assembly;

    private static IEnumerable<Type> PublicTypes() => Core.GetExportedTypes();

    /// <summary>Public members whose signatures may use DateTime, DateTimeOffset, double or float, with the reason.</summary>
    private static readonly Dictionary<string, string> FloatingOrClockAllowed = new()
    {
        ["MscDomain.Analysis.KaplanMeierCurve.*"] = "survival probabilities are products of ratios, computed and plotted in double (ScottPlot takes double)",
        ["MscDomain.Analysis.KaplanMeierStep.*"] = "survival, its standard error and log/log-log confidence limits are real-valued estimates",
        ["MscDomain.Analysis.LogRankGroup.*"] = "expected events and (O-E)^2/E are real-valued test statistics",
        ["MscDomain.Analysis.LogRankResult.*"] = "chi-square statistic and p-value are real-valued",
        ["MscDomain.Analysis.EffectSizes.*"] = "effect sizes are logs, logits, arcsines and variances of counts and means (metafor escalc), real-valued by nature",
        ["MscDomain.Analysis.MetaStudyInput.*"] = "escalc inputs (counts, means, SDs, person-time, given yi/vi) as R/CSV hold them; metafor allows non-integer counts",
        ["MscDomain.Analysis.StudyEffect.*"] = "an effect size and its sampling variance (yi, vi) are real-valued estimates on a log/logit scale",
        ["MscDomain.Analysis.MetaStudyWeight.*"] = "yi, vi and the weight in percent of a fitted meta-analysis are real-valued",
        ["MscDomain.Analysis.MetaAnalysisResult.*"] = "pooled estimate, SE, z/t, p, intervals, tau^2, I^2, H^2 and Q are real-valued statistics (compared with metafor to 1e-8)",
        ["MscDomain.Analysis.SurvivalObservation.FromDouble"] = "documented convenience entry for data already in double (e.g. from R/CSV); the stored time is exact",
    };

    [Fact]
    public void Public_types_are_sealed_static_enum_struct_or_closed_polymorphic_bases()
    {
        var offenders = PublicTypes()
            .Where(t => !(t.IsEnum || t.IsValueType || t.IsInterface || t.IsSealed))
            .Where(t => !IsClosedPolymorphicBase(t))
            .Select(t => t.FullName);
        offenders.Should().BeEmpty("public types must be sealed, static, enums, structs or closed [JsonPolymorphic] bases");
    }

    [Fact]
    public void Public_structs_are_readonly_and_serialisable_ones_have_a_json_constructor()
    {
        var structs = PublicTypes().Where(t => t.IsValueType && !t.IsEnum).ToList();
        structs.Where(t => !t.IsDefined(typeof(IsReadOnlyAttribute), false)).Select(t => t.FullName).Should().BeEmpty("structs are immutable values");
        structs.Where(t => t.GetConstructors().Any(c => c.GetParameters().Length > 0))
            .Where(t => !t.GetConstructors().Any(c => c.IsDefined(typeof(JsonConstructorAttribute))))
            .Where(t => !t.IsDefined(typeof(JsonConverterAttribute)))
            .Select(t => t.FullName).Should().BeEmpty("a struct without [JsonConstructor] silently deserialises to zero");
    }

    [Fact]
    public void No_public_settable_properties_except_init_on_options_records()
    {
        var offenders = new List<string>();
        foreach (var type in PublicTypes())
        {
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var set = p.SetMethod;
                if (set is null || !set.IsPublic)
                {
                    continue;
                }

                var isInit = set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                if (!isInit)
                {
                    offenders.Add($"{type.FullName}.{p.Name} has a public setter");
                }
                else if (!type.Name.EndsWith("Options", StringComparison.Ordinal) && !IsPositional(type, p) && !InitResultRecords.ContainsKey(type.FullName!))
                {
                    offenders.Add($"{type.FullName}.{p.Name} is init outside an options record");
                }
            }
        }

        string.Join("\n", offenders).Should().BeEmpty();
    }

    [Fact]
    public void No_clock_or_binary_floating_types_in_public_signatures_except_listed()
    {
        Type[] banned = [typeof(DateTime), typeof(DateTimeOffset), typeof(double), typeof(float)];
        bool Uses(Type t) =>
            banned.Contains(t) || (Nullable.GetUnderlyingType(t) is { } u && banned.Contains(u))
            || (t.IsArray && Uses(t.GetElementType()!)) || (t.IsGenericType && t.GetGenericArguments().Any(Uses));
        var offenders = new List<string>();
        foreach (var type in PublicTypes())
        {
            foreach (var m in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = m switch
                {
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    MethodInfo mi when !mi.IsSpecialName || mi.Name.StartsWith("op_", StringComparison.Ordinal) => mi.GetParameters().Select(x => x.ParameterType).Append(mi.ReturnType),
                    ConstructorInfo c => c.GetParameters().Select(x => x.ParameterType),
                    _ => [],
                };
                if (types.Any(Uses))
                {
                    var name = $"{type.FullName}.{m.Name}";
                    if (!FloatingOrClockAllowed.Keys.Any(k => name == k || (k.EndsWith(".*", StringComparison.Ordinal) && type.FullName == k[..^2])))
                    {
                        offenders.Add(name);
                    }
                }
            }
        }

        string.Join("\n", offenders.Distinct()).Should().BeEmpty("clinical values are decimal and NodaTime; list a deliberate exception with its reason");
    }

    /// <summary>A positional record's property: <c>init</c> by the language, immutable once built (only <c>with</c> copies).</summary>
    private static bool IsPositional(Type type, PropertyInfo p) =>
        type.GetConstructors().Any(c => c.GetParameters().Any(x => string.Equals(x.Name, p.Name, StringComparison.OrdinalIgnoreCase) && x.ParameterType == p.PropertyType));

    /// <summary>Non-options types that expose <c>init</c> properties, with the reason.</summary>
    private static readonly Dictionary<string, string> InitResultRecords = new()
    {
        ["MscDomain.Safety.ClinicalGradingCriteria"] = "grader input bag of ~20 optional CTCAE qualifiers; object-initialiser syntax, immutable once built",
        ["MscDomain.Safety.LabGradingInput"] = "grader input bag (value, unit, LLN/ULN, baseline, qualifiers); object-initialiser syntax, validated by the grader",
        ["MscDomain.Disability.ConfirmedChangeEvent"] = "engine result record built with required init members; immutable once built",
        ["MscDomain.Disability.ConfirmedChangeResult"] = "engine result record built with required init members; immutable once built",
        ["MscDomain.Ingest.DisabilityIngestResult"] = "ingest result record built with required init members; immutable once built",
        ["MscDomain.Disability.MilestoneResult"] = "engine result record built with required init members; immutable once built",
        ["MscDomain.Trials.TrialDocument"] = "version-2 optional collection added without breaking the positional constructor: a validating init (omitted = empty), immutable once built",
        ["MscDomain.Trials.TrialDesign"] = "version-2 optional collection added without breaking the positional constructor: a validating init (omitted = empty), immutable once built",
        ["MscDomain.Trials.Arm"] = "version-2 optional collection added without breaking the positional constructor: a validating init (omitted = empty), immutable once built",
        ["MscDomain.Trials.ArmCounts"] = "version-2 optional collection added without breaking the positional constructor: a validating init (omitted = empty), immutable once built",
        ["MscDomain.Trials.ReportedResult"] = "version-2 optional collection added without breaking the positional constructor: a validating init (omitted = empty), immutable once built",
        ["MscDomain.Trials.OutcomeDefinition"] = "version-2 optional collection added without breaking the positional constructor: a validating init (omitted = empty), immutable once built",
        ["MscDomain.Trials.EligibilityCriteria"] = "version-2 optional collection added without breaking the positional constructor: a validating init (omitted = empty), immutable once built",
        ["MscDomain.Analysis.MetaAnalysisResult"] = "fitted meta-analysis result built with required init members; immutable once built",
        ["MscDomain.Analysis.MetaStudyInput"] = "escalc input bag: a study has only the few fields its measure needs (object-initialiser syntax); validated by EffectSizes.Compute",
        ["MscDomain.Disability.PiraDefinition"] = "a named preset of PIRA windows (msprog p0/p1/e0/e1/c0/c1): options by nature",
    };

    private static bool IsClosedPolymorphicBase(Type t) =>
        t.IsAbstract && t.GetCustomAttribute<JsonPolymorphicAttribute>() is not null
        && t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length == 0
        && t.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => !(c.GetParameters() is [var p] && p.ParameterType == t))
            .All(c => c.IsAssembly || c.IsFamilyAndAssembly);
}
