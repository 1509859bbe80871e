using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Hl7.Fhir.Model;
using MscDomain.Common;
using MscDomain.Serialization;
using NodaTime;
using NodaTime.Text;

namespace MscDomain.Fhir;

/// <summary>Reading helpers: each failure throws <see cref="FhirImportException"/> with the element path, the value and the rule.</summary>
internal static class FhirIn
{
    public static FhirImportException Missing(string path, string rule) =>
        new(DataIssue.Error(DataIssueCodes.FhirMissingElement, SourceLocation.AtJsonPath(path), null, rule));

    public static FhirImportException Unknown(string path, string? value, string rule) =>
        new(DataIssue.Error(DataIssueCodes.FhirUnknownCode, SourceLocation.AtJsonPath(path), value, rule));

    public static FhirImportException Invalid(string path, string? value, string rule) =>
        new(DataIssue.Error(DataIssueCodes.FhirInvalidValue, SourceLocation.AtJsonPath(path), value, rule));

    /// <summary>Runs a model constructor; its argument exceptions become MSC1206 at <paramref name="path"/>.</summary>
    public static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            throw Invalid(path, (ex as ArgumentOutOfRangeException)?.ActualValue?.ToString(), ex.Message);
        }
    }

    public static TEnum? OwnOrNull<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(CodeableConcept? cc, string path)
        where TEnum : struct, Enum
    {
        var system = Fx.SystemUrl<TEnum>();
        var coding = cc?.Coding.FirstOrDefault(c => c.System == system);
        if (coding is null)
        {
            return null;
        }

        return WireName.TryParse<TEnum>(coding.Code, out var v)
            ? v
            : throw Unknown(path, coding.Code, $"'{coding.Code}' is not a code of {system}; expected one of {string.Join(", ", WireName.Names<TEnum>())}.");
    }

    public static TEnum Own<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(CodeableConcept? cc, string path)
        where TEnum : struct, Enum =>
        OwnOrNull<TEnum>(cc, path) ?? throw Missing(path, $"a coding from {Fx.SystemUrl<TEnum>()} is required.");

    public static TEnum? CodeOrNull<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(string? code, string path)
        where TEnum : struct, Enum =>
        code is null ? null
        : WireName.TryParse<TEnum>(code, out var v) ? v
        : throw Unknown(path, code, $"'{code}' is not one of {string.Join(", ", WireName.Names<TEnum>())}.");

    public static Extension? Ext(IExtendable? source, string id) =>
        source?.Extension.FirstOrDefault(e => e.Url == FhirCanonicals.Extension(id));

    public static T? ExtValue<T>(IExtendable? source, string id, string path)
        where T : DataType
    {
        var e = Ext(source, id);
        return e is null ? null
            : e.Value as T ?? throw Invalid($"{path}.extension('{id}')", e.Value?.TypeName, $"the extension {FhirCanonicals.Extension(id)} needs a value of type {typeof(T).Name}.");
    }

    public static string? ExtString(IExtendable? source, string id, string path) => ExtValue<FhirString>(source, id, path)?.Value;

    public static bool? ExtBool(IExtendable? source, string id, string path) => ExtValue<FhirBoolean>(source, id, path)?.Value;

    public static int? ExtInt(IExtendable? source, string id, string path) => ExtValue<Integer>(source, id, path)?.Value;

    public static decimal? ExtDecimal(IExtendable? source, string id, string path) => ExtValue<FhirDecimal>(source, id, path)?.Value;

    public static string? ExtCode(IExtendable? source, string id, string path) => ExtValue<Code>(source, id, path)?.Value;

    public static LocalDate? ExtDate(IExtendable? source, string id, string path) =>
        ExtValue<Date>(source, id, path)?.Value is { } s ? Date(s, $"{path}.extension('{id}')") : null;

    public static LocalDate Date(string? text, string path)
    {
        if (text is null)
        {
            throw Missing(path, "a full date (YYYY-MM-DD) is required.");
        }

        var r = LocalDatePattern.Iso.Parse(text.Length >= 10 ? text[..10] : text);
        return r.Success && (text.Length == 10 || text[10] == 'T')
            ? r.Value
            : throw Invalid(path, text, "a full date (YYYY-MM-DD) is required; a partial date or a time zone offset alone cannot be mapped here.");
    }

    public static PartialDate Partial(string? text, string path) =>
        text is null ? throw Missing(path, "a date (YYYY, YYYY-MM or YYYY-MM-DD) is required.")
        : PartialDate.TryParse(text, out var p) ? p
        : throw Invalid(path, text, "a date YYYY, YYYY-MM or YYYY-MM-DD without time is required.");

    public static LocalTime Time(string text, string path)
    {
        var r = LocalTimePattern.ExtendedIso.Parse(text);
        return r.Success ? r.Value : throw Invalid(path, text, "a time hh:mm:ss[.fffffffff] is required.");
    }

    public static decimal QuantityValue(Quantity? q, string path) =>
        q?.Value ?? throw Missing($"{path}.value", "a numeric value is required.");

    public static string Fmt(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
