using System.Collections.Immutable;
using System.Globalization;

namespace MscDomain.Common;

/// <summary>Argument checks shared by the domain constructors; every message names the field, the value and the rule.</summary>
internal static class Require
{
    internal static string NotBlank(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{name} must not be empty or whitespace.", name);
        }

        return value;
    }

    internal static string? NullOrNotBlank(string? value, string name) =>
        value is null ? null : NotBlank(value, name);

    internal static decimal NonNegative(decimal value, string name)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be >= 0; {Fmt(value)} is negative.");
        }

        return value;
    }

    internal static decimal? NonNegative(decimal? value, string name) =>
        value is { } v ? NonNegative(v, name) : null;

    internal static int NonNegative(int value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be >= 0; {value} is negative.");
        }

        return value;
    }

    internal static int? NonNegative(int? value, string name) => value is { } v ? NonNegative(v, name) : null;

    internal static int Positive(int value, string name)
    {
        if (value < 1)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be >= 1; {value} is not.");
        }

        return value;
    }

    internal static decimal Between(decimal value, decimal min, decimal max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between {Fmt(min)} and {Fmt(max)} inclusive; {Fmt(value)} is not.");
        }

        return value;
    }

    internal static decimal? Between(decimal? value, decimal min, decimal max, string name) =>
        value is { } v ? Between(v, min, max, name) : null;

    internal static ImmutableArray<T> NotDefault<T>(ImmutableArray<T> value, string name)
    {
        if (value.IsDefault)
        {
            // Schema version 2: an omitted collection means empty (MscDomainJsonOptions); C# callers get the same meaning.
            return [];
        }

        foreach (var item in value)
        {
            if (item is null)
            {
                throw new ArgumentException($"{name} must not contain null items.", name);
            }
        }

        return value;
    }

    internal static ImmutableArray<T> NotEmpty<T>(ImmutableArray<T> value, string name)
    {
        value = NotDefault(value, name);
        if (value.IsEmpty)
        {
            throw new ArgumentException($"{name} must contain at least one item.", name);
        }

        return value;
    }

    internal static T Defined<T>(T value, string name)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} value {value} is not a defined {typeof(T).Name}.");
        }

        return value;
    }

    internal static void UniqueIds<T>(ImmutableArray<T> items, Func<T, string> id, string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items.IsDefault ? [] : items)
        {
            if (!seen.Add(id(item)))
            {
                throw new ArgumentException($"{name} contains the id '{id(item)}' twice; ids must be unique.", name);
            }
        }
    }

    internal static string Fmt(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
