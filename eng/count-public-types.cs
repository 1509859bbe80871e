// Counts the public types of built assemblies (issue 9: the public surface before and after).
// Usage: dotnet run eng/count-public-types.cs -- [--list] path/to/A.dll [path/to/B.dll ...]
//   --list  also prints every public type as "namespace<TAB>name<TAB>kind" (docs/public-surface.md is reviewed from it)
// Reads metadata only (System.Reflection.Metadata), so dependencies need not be present.
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

var list = args.Contains("--list");
foreach (var path in args.Where(a => a != "--list"))
{
    var listed = new List<string>();
    using var pe = new PEReader(File.OpenRead(path));
    var md = pe.GetMetadataReader();
    int total = 0, enums = 0, records = 0, interfaces = 0, structs = 0, statics = 0;
    var byNamespace = new SortedDictionary<string, int>();
    foreach (var handle in md.TypeDefinitions)
    {
        var t = md.GetTypeDefinition(handle);
        if (!IsVisible(md, t))
        {
            continue;
        }

        total++;
        var ns = md.GetString(IsNested(t) ? md.GetTypeDefinition(t.GetDeclaringType()).Namespace : t.Namespace);
        byNamespace[ns] = byNamespace.GetValueOrDefault(ns) + 1;
        var baseName = BaseName(md, t);
        if (baseName == "System.Enum") enums++;
        else if (baseName == "System.ValueType") structs++;
        else if ((t.Attributes & TypeAttributes.Interface) != 0) interfaces++;
        else if ((t.Attributes & (TypeAttributes.Abstract | TypeAttributes.Sealed)) == (TypeAttributes.Abstract | TypeAttributes.Sealed)) statics++;
        var isRecord = t.GetMethods().Any(m => md.GetString(md.GetMethodDefinition(m).Name) == "<Clone>$");
        if (isRecord) records++;
        var kind = baseName == "System.Enum" ? "enum"
            : baseName == "System.ValueType" ? "struct"
            : (t.Attributes & TypeAttributes.Interface) != 0 ? "interface"
            : (t.Attributes & (TypeAttributes.Abstract | TypeAttributes.Sealed)) == (TypeAttributes.Abstract | TypeAttributes.Sealed) ? "static class"
            : isRecord ? "record" : "class";
        var name = md.GetString(t.Name);
        if (IsNested(t)) name = md.GetString(md.GetTypeDefinition(t.GetDeclaringType()).Name) + "." + name;
        listed.Add($"{ns}\t{name}\t{kind}");
    }

    Console.WriteLine($"{Path.GetFileName(path)}: {total} public types ({enums} enums, {records} record classes, {structs} structs, {interfaces} interfaces, {statics} static classes)");
    foreach (var (ns, n) in byNamespace)
    {
        Console.WriteLine($"  {ns,-40} {n}");
    }

    if (list)
    {
        listed.Sort(StringComparer.Ordinal);
        listed.ForEach(Console.WriteLine);
    }
}

static bool IsNested(TypeDefinition t) => t.GetDeclaringType() is { IsNil: false };

static bool IsVisible(MetadataReader md, TypeDefinition t)
{
    var vis = t.Attributes & TypeAttributes.VisibilityMask;
    if (!IsNested(t))
    {
        return vis == TypeAttributes.Public;
    }

    return (vis == TypeAttributes.NestedPublic || vis == TypeAttributes.NestedFamily || vis == TypeAttributes.NestedFamORAssem)
        && IsVisible(md, md.GetTypeDefinition(t.GetDeclaringType()));
}

static string BaseName(MetadataReader md, TypeDefinition t)
{
    if (t.BaseType.IsNil || t.BaseType.Kind != HandleKind.TypeReference)
    {
        return string.Empty;
    }

    var r = md.GetTypeReference((TypeReferenceHandle)t.BaseType);
    return md.GetString(r.Namespace) + "." + md.GetString(r.Name);
}
