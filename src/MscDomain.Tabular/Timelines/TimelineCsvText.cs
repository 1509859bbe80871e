using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using MscDomain.Common;
using MscDomain.Tabular.Csv;
using NodaTime;
using NodaTime.Text;

namespace MscDomain.Tabular.Timelines;

/// <summary>Shared text conventions of the timeline CSV reader and writer (enums as their <see cref="WireName"/>, invariant numbers, ISO dates).</summary>
internal static class TimelineCsvText
{
    public static string Enum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum value)
        where TEnum : struct, System.Enum => WireName.Of(value);

    public static string? Enum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(TEnum? value)
        where TEnum : struct, System.Enum => value is { } v ? Enum(v) : null;

    public static string? Num(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Date(LocalDate? value) => value is { } d ? LocalDatePattern.Iso.Format(d) : null;

    public static string? Time(LocalTime? value) => value is { } t ? LocalTimePattern.ExtendedIso.Format(t) : null;

    public static string? Bool(bool? value) => value switch { true => "true", false => "false", null => null };

    /// <summary>The value of an optional column: null when the column is absent or the field empty.</summary>
    public static string? Opt(CsvTableReader r, string column) => r.HasColumn(column) ? r.GetOptionalString(column) : null;

    public static decimal? OptDecimal(CsvTableReader r, string column) => r.HasColumn(column) ? r.GetOptionalDecimal(column) : null;

    public static LocalDate? OptDate(CsvTableReader r, string column) => r.HasColumn(column) ? r.GetOptionalDate(column) : null;

    public static int? OptInt(CsvTableReader r, string column) => r.HasColumn(column) ? r.GetOptionalInt32(column) : null;

    public static bool? OptBool(CsvTableReader r, string column) => r.HasColumn(column) ? r.GetOptionalBoolean(column) : null;

    public static LocalTime? OptTime(CsvTableReader r, string column)
    {
        var v = Opt(r, column);
        if (v is null)
        {
            return null;
        }

        var result = LocalTimePattern.ExtendedIso.Parse(v);
        return result.Success ? result.Value : throw r.Error(column, v, "is not an ISO time; write times as HH:mm or HH:mm:ss, e.g. 09:30.");
    }

    /// <summary>An enum value as its wire name (<see cref="WireName"/>), read through the core's ingest (<see cref="MscDomain.Ingest.IngestText.TryParseEnum{TEnum}"/>).</summary>
    public static TEnum? OptEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(CsvTableReader r, string column)
        where TEnum : struct, System.Enum => r.HasColumn(column) ? r.GetEnum<TEnum>(column, required: false) : null;

    public static TEnum ReqEnum<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>(CsvTableReader r, string column)
        where TEnum : struct, System.Enum
    {
        r.RequireColumns(column);
        return OptEnum<TEnum>(r, column) ?? throw r.Error(column, string.Empty, $"the value is empty; one of {string.Join(", ", WireName.Names<TEnum>())} is required.");
    }

    /// <summary>Runs a domain constructor, turning its <see cref="ArgumentException"/> into a located <see cref="TabularInputException"/>.</summary>
    public static T At<T>(CsvTableReader r, string? column, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            var value = column is not null && r.HasColumn(column) ? r.GetOptionalString(column) ?? string.Empty : string.Empty;
            var rule = e.Message.Split(" (Parameter", 2)[0];
            throw column is null ? new TabularInputException(r.File, r.Line, null, rule) : r.Error(column, value, value.Length == 0 ? rule : "breaks a rule: " + rule);
        }
    }
}
