using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using MscDomain.Common;
using MscDomain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace MscDomain.Fhir;

/// <summary>Writing helpers shared by the mappings: own codings, own extensions, dates, deterministic ids.</summary>
internal static class Fx
{
    /// <summary>The id of the own code system of an enum type: its name in kebab case (<c>OutcomeMeasure</c> → <c>outcome-measure</c>).</summary>
    public static string SystemId<TEnum>()
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(typeof(TEnum).Name);

    public static string SystemUrl<TEnum>()
        where TEnum : struct, Enum => FhirCanonicals.CodeSystem(SystemId<TEnum>());

    /// <summary>The coding of an enum member in the library's own code system (code = the core's wire name).</summary>
    public static Coding Own<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, Enum => new(SystemUrl<TEnum>(), WireName.Of(value));

    public static Coding Concept(string code) => new(FhirCanonicals.CodeSystem(MscDomainCodeSystems.ConceptSystemId), code, MscDomainCodeSystems.ConceptDisplay(code));

    public static CodeableConcept Cc(params Coding[] codings) => new() { Coding = [.. codings] };

    public static Extension Ext(string id, DataType value) => new(FhirCanonicals.Extension(id), value);

    public static void Add(IExtendable target, string id, DataType? value)
    {
        if (value is not null)
        {
            target.Extension.Add(Ext(id, value));
        }
    }

    public static Code? Code<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum? value)
        where TEnum : struct, Enum => value is { } v ? new Code(WireName.Of(v)) : null;

    public static Code CodeOf<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, Enum => new(WireName.Of(value));

    public static string Text(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Text(LocalTime time) => LocalTimePattern.CreateWithInvariantCulture("HH:mm:ss.FFFFFFFFF").Format(time);

    public static Date? FhirDate(LocalDate? date) => date is { } d ? new Date(Text(d)) : null;

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static Quantity Ucum(decimal value, string unitText, string ucumCode) =>
        new() { Value = value, Unit = unitText, System = FhirCanonicals.Ucum, Code = ucumCode };

    public static Identifier Id(string kind, string value) => new(FhirCanonicals.Identifier(kind), value);

    /// <summary>
    /// A conditional reference by the library id (<c>{type}?identifier={system}|{value}</c>, R4 §3.1.0.11.2 "Conditional
    /// references" in transactions), with the identifier itself beside it, for a resource that is not in the Bundle.
    /// </summary>
    public static ResourceReference Conditional(string type, string kind, string value) =>
        new($"{type}?identifier={FhirCanonicals.Identifier(kind)}|{Uri.EscapeDataString(value)}") { Identifier = Id(kind, value) };

    /// <summary>
    /// A name-based UUID (RFC 9562 §5.5, version 5, SHA-1) in the library's namespace: the same library key gives the
    /// same id on every export, so references and transaction <c>PUT</c>s are stable.
    /// </summary>
    public static string Uuid(string key)
    {
        Span<byte> ns = stackalloc byte[16];
        NamespaceId.TryWriteBytes(ns, bigEndian: true, out _);
        var name = Encoding.UTF8.GetBytes(key);
        var input = new byte[16 + name.Length];
        ns.CopyTo(input);
        name.CopyTo(input, 16);
#pragma warning disable CA5350 // RFC 9562 v5 UUIDs are defined on SHA-1; not a security use.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }

    private static readonly Guid NamespaceId = new("6f1c5b0e-4d2a-5e8b-9a57-2b0f8f6c3d11");
}
