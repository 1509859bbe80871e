using System.Reflection;
using System.Reflection.Emit;
using MscDomain.Serialization;

namespace MscDomain.Tests.Conventions;

/// <summary>
/// The layers of ARCHITECTURE.md, checked on the compiled core: every type (public or not, including compiler-generated
/// closures and state machines) and everything it touches — base types, interfaces, fields, properties, signatures,
/// attributes and every type, method or field token in its method bodies (IL) — must stay within what its namespace may
/// import. A using directive alone is not a dependency; a fully qualified name in code is. Exceptions are listed below
/// with their reason; an exception that no longer occurs fails the test too, so the list cannot rot.
/// </summary>
public sealed class NamespaceDependencyTest
{
    private static readonly Assembly Core = typeof(MscDomainJson).Assembly;

    private const string Common = "MscDomain.Common";

    /// <summary>The model: entities and values. May import BCL, NodaTime, System.Text.Json (attributes and the converters
    /// they name), Common and each other.</summary>
    private static readonly string[] Model =
    [
        "MscDomain.Cells", "MscDomain.Dosing", "MscDomain.Mechanisms", "MscDomain.Outcomes", "MscDomain.Disease", "MscDomain.Trials",
        "MscDomain.AdverseEvents", // the adverse-event model (moved out of Safety by issue 11)
    ];

    /// <summary>Calculators: pure functions over the model. May import the model and Common, never each other.</summary>
    private static readonly string[] Calculators = ["MscDomain.Disability", "MscDomain.Safety", "MscDomain.Analysis"];

    /// <summary>Serialization knows the model and the calculators' result types; nothing but the top layer knows it.</summary>
    private const string Serialization = "MscDomain.Serialization";

    /// <summary>File infrastructure for the packages around the core (AtomicFile: write to a temporary file, rename into
    /// place): may import only Common; no model or calculator type uses it.</summary>
    private const string IO = "MscDomain.IO";

    /// <summary>Bundled sample data: a top layer (like an application) that may use everything, the JSON facade included.</summary>
    private const string Samples = "MscDomain.Samples";

    /// <summary>The ingest boundary (issue 8): raw cells with their location in, validated model values and located issues
    /// out. It feeds the calculators, so it may import Common, the model and the calculators, never Serialization.</summary>
    private const string Ingest = "MscDomain.Ingest";

    /// <summary>Dependencies that break the layering today, each with the reason and the issue that removes it. Key:
    /// "from namespace -> to namespace".
    /// None today: the last one (Trials -> Safety for the adverse-event model) went when issue 11 moved that model to
    /// MscDomain.AdverseEvents. Add an entry only with its reason and the issue that removes it.</summary>
    private static readonly Dictionary<string, string> Exceptions = new()
    {
        ["MscDomain.Trials -> MscDomain.Serialization"] =
            "TrialConsistency.CheckProvenance (issue 10) resolves provenance pointers against the document's wire form "
            + "(DocumentPointer over MscDomainJson.Serialize): the pointers are paths into the JSON document. Removed when "
            + "pointers resolve on the model itself.",
    };

    private static string Layer(string ns) =>
        ns == Common ? "common"
        : Model.Contains(ns) ? "model"
        : Calculators.Contains(ns) ? "calculator"
        : ns == Serialization ? "serialization"
        : ns == Samples ? "samples"
        : ns == IO ? "io"
        : ns == Ingest ? "ingest"
        : "unclassified";

    private static bool MayImport(string from, string to)
    {
        if (from == to || !to.StartsWith("MscDomain", StringComparison.Ordinal))
        {
            return true;
        }

        return Layer(from) switch
        {
            "common" => false,
            "model" => to == Common || Model.Contains(to),
            "calculator" => to == Common || Model.Contains(to),
            "serialization" => to != Samples,
            "samples" => true,
            "io" => to == Common,
            "ingest" => to == Common || Model.Contains(to) || Calculators.Contains(to),
            _ => false,
        };
    }

    /// <summary>External namespaces each layer may use (BCL is everything under System except the listed ones).</summary>
    private static bool MayUseExternal(string from, string to)
    {
        if (to.StartsWith("MscDomain", StringComparison.Ordinal) || to.Length == 0)
        {
            return true;
        }

        return to == "System" || to.StartsWith("System.", StringComparison.Ordinal) || to.StartsWith("NodaTime", StringComparison.Ordinal)
            || to.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || to.StartsWith("Internal", StringComparison.Ordinal)
            || to.StartsWith("<", StringComparison.Ordinal);
    }

    [Fact]
    public void Every_core_namespace_belongs_to_a_layer()
    {
        Core.GetTypes().Select(NamespaceOf).Distinct().Where(ns => ns.StartsWith("MscDomain", StringComparison.Ordinal) && Layer(ns) == "unclassified")
            .Should().BeEmpty("a new namespace must be placed in a layer here and in ARCHITECTURE.md");
    }

    [Fact]
    public void No_namespace_imports_a_layer_it_may_not()
    {
        var found = Dependencies();
        var offenders = found
            .Where(d => !MayImport(d.Key.From, d.Key.To) && !Exceptions.ContainsKey($"{d.Key.From} -> {d.Key.To}"))
            .Select(d => $"{d.Key.From} -> {d.Key.To} ({string.Join("; ", d.Value.Take(5))})");
        offenders.Should().BeEmpty("ARCHITECTURE.md: model imports only Common and the model; calculators import the model, never each other; only Serialization and Samples import Serialization");
    }

    [Fact]
    public void Every_listed_exception_still_occurs()
    {
        var found = Dependencies().Keys.Select(k => $"{k.From} -> {k.To}").ToHashSet();
        Exceptions.Keys.Where(e => !found.Contains(e)).Should().BeEmpty("an exception that no longer occurs is removed from the list");
    }

    [Fact]
    public void Model_and_calculators_use_only_the_bcl_nodatime_and_system_text_json()
    {
        var offenders = new SortedSet<string>();
        foreach (var type in Core.GetTypes())
        {
            var from = NamespaceOf(type);
            foreach (var (used, where) in Referenced(type))
            {
                var to = used.Namespace ?? string.Empty;
                if (!MayUseExternal(from, to))
                {
                    offenders.Add($"{from} -> {to} ({where})");
                }
            }
        }

        offenders.Should().BeEmpty();
    }

    [Fact]
    public void The_scan_sees_body_level_references()
    {
        // The JSON facade calls MscDomainMigrations from a method body only (UpgradeToCurrent); the IL scan must see it,
        // or the test is blind.
        Referenced(typeof(MscDomainJson)).Select(r => r.Type).Should().Contain(typeof(MscDomainMigrations));
        Dependencies().Keys.Should().Contain(("MscDomain.Serialization", "MscDomain.Trials"));
    }

    private static string NamespaceOf(Type t)
    {
        while (t.DeclaringType is { } outer)
        {
            t = outer;
        }

        return t.Namespace ?? string.Empty;
    }

    private static Dictionary<(string From, string To), SortedSet<string>>? _dependencies;

    private static Dictionary<(string From, string To), SortedSet<string>> Dependencies()
    {
        if (_dependencies is { } cached)
        {
            return cached;
        }

        var result = new Dictionary<(string, string), SortedSet<string>>();
        foreach (var type in Core.GetTypes())
        {
            var from = NamespaceOf(type);
            foreach (var (used, where) in Referenced(type))
            {
                var to = NamespaceOf(used);
                if (to == from || !to.StartsWith("MscDomain", StringComparison.Ordinal))
                {
                    continue;
                }

                if (!result.TryGetValue((from, to), out var set))
                {
                    result[(from, to)] = set = [];
                }

                set.Add($"{type.Name} → {used.Name} via {where}");
            }
        }

        return _dependencies = result;
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Every type <paramref name="type"/> touches, with where it touches it.</summary>
    private static IEnumerable<(Type Type, string Where)> Referenced(Type type)
    {
        var found = new List<(Type, string)>();
        void Add(Type? t, string where)
        {
            if (t is null)
            {
                return;
            }

            while (t.HasElementType)
            {
                t = t.GetElementType()!;
            }

            if (t.IsGenericParameter)
            {
                return;
            }

            found.Add((t, where));
            if (t.IsGenericType)
            {
                foreach (var a in t.GetGenericArguments())
                {
                    Add(a, where);
                }
            }
        }

        void Attributes(MemberInfo m, string where)
        {
            foreach (var a in m.GetCustomAttributesData())
            {
                Add(a.AttributeType, where + " attribute");
                foreach (var arg in a.ConstructorArguments.Concat(a.NamedArguments.Select(n => n.TypedValue)))
                {
                    if (arg.Value is Type typeArg)
                    {
                        Add(typeArg, where + " attribute argument");
                    }
                }
            }
        }

        Add(type.BaseType, "base type");
        foreach (var i in type.GetInterfaces())
        {
            Add(i, "interface");
        }

        Attributes(type, "type");
        foreach (var f in type.GetFields(All))
        {
            Add(f.FieldType, $"field {f.Name}");
            Attributes(f, $"field {f.Name}");
        }

        foreach (var p in type.GetProperties(All))
        {
            Add(p.PropertyType, $"property {p.Name}");
            Attributes(p, $"property {p.Name}");
        }

        foreach (var m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            var name = m.IsConstructor ? "constructor" : $"method {m.Name}";
            if (m is MethodInfo mi)
            {
                Add(mi.ReturnType, name);
            }

            foreach (var p in m.GetParameters())
            {
                Add(p.ParameterType, name);
            }

            Attributes(m, name);
            foreach (var t in BodyReferences(m))
            {
                Add(t, name + " body");
            }
        }

        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue =
        typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>The declaring types of every method, field and type token in the IL of <paramref name="method"/>.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return [];
        }

        var types = new List<Type>();
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            var op = OpCodesByValue[value];
            i += op.Size;
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    var member = method.Module.ResolveMember(token, typeArgs, methodArgs);
                    types.Add(member is Type t ? t : member!.DeclaringType!);
                    if (member is FieldInfo f)
                    {
                        types.Add(f.FieldType);
                    }
                    else if (member is MethodInfo mi)
                    {
                        types.Add(mi.ReturnType);
                        if (mi.IsGenericMethod)
                        {
                            types.AddRange(mi.GetGenericArguments());
                        }
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                default:
                    i += 4;
                    break;
            }
        }

        return types.Where(t => !t.IsGenericParameter);
    }
}
