using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MscDomain.Serialization;

namespace MscDomain.Tests.Serialization;

/// <summary>Conventions over the model namespaces (Cells, Dosing, Mechanisms, Outcomes, Disease, Trials, Serialization).</summary>
public sealed class ModelConventionTest
{
    private static readonly string[] Namespaces =
        ["MscDomain.Cells", "MscDomain.Dosing", "MscDomain.Mechanisms", "MscDomain.Outcomes", "MscDomain.Disease", "MscDomain.Trials", "MscDomain.AdverseEvents", "MscDomain.Serialization"];

    private static IEnumerable<Type> PublicModelTypes() =>
        typeof(MscDomainJson).Assembly.GetExportedTypes().Where(t => Namespaces.Contains(t.Namespace));

    [Fact]
    public void Public_types_are_sealed_static_enum_struct_or_closed_polymorphic_bases()
    {
        var offenders = PublicModelTypes()
            .Where(t => !(t.IsEnum || t.IsValueType || t.IsInterface || t.IsSealed || (t.IsAbstract && t.IsSealed)))
            .Where(t => !(t.IsAbstract && t.GetCustomAttribute<JsonPolymorphicAttribute>() is not null
                && t.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length == 0
                && t.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance)
                    .Where(c => !(c.GetParameters() is [var p] && p.ParameterType == t)) // the record copy constructor
                    .All(c => c.IsAssembly || c.IsFamilyAndAssembly)))
            .Select(t => t.FullName);
        offenders.Should().BeEmpty("public model types must be sealed, static, enums, structs or closed [JsonPolymorphic] bases");
    }

    [Fact]
    public void Public_readonly_structs_have_a_json_constructor()
    {
        var offenders = PublicModelTypes()
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => !t.GetConstructors().Any(c => c.GetCustomAttribute<JsonConstructorAttribute>() is not null))
            .Select(t => t.FullName);
        offenders.Should().BeEmpty("a struct without [JsonConstructor] silently deserialises to zero");
    }

    [Fact]
    public void Public_structs_are_readonly()
    {
        PublicModelTypes().Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => t.GetCustomAttributes().All(a => a.GetType().Name != "IsReadOnlyAttribute"))
            .Select(t => t.FullName).Should().BeEmpty();
    }

    private static bool HasWireNameConverter(Type t) => ModelEnumConverters.ByType.ContainsKey(t);

    [Fact]
    public void Every_public_enum_is_registered_with_the_strict_wire_name_converter()
    {
        typeof(MscDomainJson).Assembly.GetExportedTypes().Where(t => t.IsEnum)
            .Where(t => !HasWireNameConverter(t))
            .Select(t => t.FullName).Should().BeEmpty("every public enum of the MscDomain assembly is listed in ModelEnumConverters");
    }

    [Fact]
    public void Every_public_enum_member_declares_its_wire_name()
    {
        typeof(MscDomainJson).Assembly.GetExportedTypes().Where(t => t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (t, f)))
            .Where(m => m.f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>() is null)
            .Select(m => $"{m.t.FullName}.{m.f.Name}").Should().BeEmpty("[JsonStringEnumMemberName] is the single source of every wire name");
    }

    [Fact]
    public void Wire_names_are_unique_lower_case_within_each_enum()
    {
        var offenders = typeof(MscDomainJson).Assembly.GetExportedTypes().Where(t => t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(f => (Type: t, Name: f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? ""))
                .GroupBy(m => m.Name).Where(g => g.Count() > 1 || !System.Text.RegularExpressions.Regex.IsMatch(g.Key, "^[a-z0-9][a-z0-9.-]*$"))
                .Select(g => $"{t.FullName}: '{g.Key}'"));
        offenders.Should().BeEmpty();
    }

    [Fact]
    public void The_converter_registry_lists_no_enum_twice_and_only_enums_of_the_assembly()
    {
        ModelEnumConverters.ByType.Keys.Should().OnlyContain(t => t.IsEnum && t.Assembly == typeof(MscDomainJson).Assembly && t.IsPublic);
    }

    [Fact]
    public void Every_enum_reachable_from_the_json_context_is_registered()
    {
        var reachable = ReachableEnums();
        reachable.Should().Contain(typeof(MscDomain.Disability.ChangeKind), "the walk must reach result types, not only documents");
        reachable.Where(t => t.Assembly == typeof(MscDomainJson).Assembly && !HasWireNameConverter(t))
            .Select(t => t.FullName).Should().BeEmpty("no enum may fall back to the context's PascalCase string converter");
    }

    [Fact]
    public void Result_enums_are_written_kebab_case()
    {
        MscDomainJson.Serialize(MscDomain.Disability.ChangeKind.Cdw).Should().Be("\"cdw\"");
        MscDomainJson.Serialize(MscDomain.AdverseEvents.CtcaeVersion.V5_0).Should().NotContain("V5");
    }

    /// <summary>Every enum type reached from the context's registered types through properties, elements and derived types.</summary>
    internal static HashSet<Type> ReachableEnums()
    {
        var options = MscDomainJsonContext.Default.Options;
        var seen = new HashSet<Type>();
        var enums = new HashSet<Type>();
        var queue = new Queue<Type>(RegisteredTypes());
        while (queue.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type))
            {
                continue;
            }

            if (type.IsEnum)
            {
                enums.Add(type);
                continue;
            }

            JsonTypeInfo info;
            try
            {
                info = options.GetTypeInfo(type);
            }
            catch (NotSupportedException)
            {
                continue;
            }

            if (info.ElementType is { } element)
            {
                queue.Enqueue(element);
            }

            if (info.KeyType is { } key)
            {
                queue.Enqueue(key);
            }

            foreach (var p in info.Properties)
            {
                queue.Enqueue(p.PropertyType);
            }

            foreach (var d in info.PolymorphismOptions?.DerivedTypes ?? [])
            {
                queue.Enqueue(d.DerivedType);
            }
        }

        return enums;
    }

    /// <summary>The types named by <c>[JsonSerializable]</c> on the context.</summary>
    internal static IEnumerable<Type> RegisteredTypes() =>
        typeof(MscDomainJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .Distinct();

    [Fact]
    public void Every_serialised_member_of_a_model_object_is_a_constructor_parameter()
    {
        // A get-only computed property would be written but silently ignored on reading.
        var options = MscDomainJsonContext.Default.Options;
        var offenders = new List<string>();
        foreach (var type in PublicModelTypes().Where(t => !t.IsEnum && !t.IsAbstract && !t.IsInterface && !(t.IsAbstract && t.IsSealed)))
        {
            JsonTypeInfo info;
            try
            {
                info = options.GetTypeInfo(type);
            }
            catch (NotSupportedException)
            {
                continue; // not part of the contract (calculators, options)
            }

            if (info.Kind != JsonTypeInfoKind.Object)
            {
                continue;
            }

            offenders.AddRange(info.Properties.Where(p => p.Get is not null && p.AssociatedParameter is null && p.Set is null).Select(p => $"{type.Name}.{p.Name}"));
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void Derived_types_of_polymorphic_bases_are_registered_with_a_lower_case_kind()
    {
        foreach (var baseType in PublicModelTypes().Where(t => t.IsAbstract && !t.IsSealed))
        {
            var derived = baseType.GetCustomAttributes<JsonDerivedTypeAttribute>().ToList();
            derived.Should().NotBeEmpty(baseType.Name);
            derived.Select(d => (string)d.TypeDiscriminator!).Should().OnlyContain(k => k == k.ToLowerInvariant(), baseType.Name);
            var concrete = PublicModelTypes().Where(t => t.BaseType == baseType).ToList();
            derived.Select(d => d.DerivedType).Should().BeEquivalentTo(concrete, baseType.Name);
        }
    }
}
