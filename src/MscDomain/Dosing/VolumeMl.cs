using System.Globalization;
using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>A volume in millilitres (suspension volume, conditioned-medium dose, aspirate volume).</summary>
/// <remarks>
/// <para>UCUM <c>mL</c>.</para>
/// <para>Exact <see cref="decimal"/>. <c>default(VolumeMl)</c> is VolumeMl with <see cref="Millilitres"/> = 0.</para>
/// <para>JSON: <c>{ "millilitres": 1.5 }</c>.</para>
/// </remarks>
public readonly record struct VolumeMl : IComparable<VolumeMl>
{
    /// <summary>Creates the value after checking it is >= 0.</summary>
    /// <param name="millilitres">The volume in millilitres.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is not >= 0.</exception>
    [JsonConstructor]
    public VolumeMl(decimal millilitres)
    {
        if (!(millilitres >= 0m))
        {
            throw new ArgumentOutOfRangeException(nameof(millilitres), millilitres,
                $"VolumeMl.Millilitres must be >= 0; {millilitres.ToString(CultureInfo.InvariantCulture)} is not.");
        }

        Millilitres = millilitres;
    }

    /// <summary>The volume in millilitres.</summary>
    public decimal Millilitres { get; }

    /// <summary>Whether the left value is lower than the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Millilitres"/>.</returns>
    public static bool operator <(VolumeMl left, VolumeMl right) => left.Millilitres < right.Millilitres;

    /// <summary>Whether the left value is higher than the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Millilitres"/>.</returns>
    public static bool operator >(VolumeMl left, VolumeMl right) => left.Millilitres > right.Millilitres;

    /// <summary>Whether the left value is lower than or equal to the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Millilitres"/>.</returns>
    public static bool operator <=(VolumeMl left, VolumeMl right) => left.Millilitres <= right.Millilitres;

    /// <summary>Whether the left value is higher than or equal to the right.</summary>
    /// <param name="left">The left value.</param>
    /// <param name="right">The right value.</param>
    /// <returns>The comparison of <see cref="Millilitres"/>.</returns>
    public static bool operator >=(VolumeMl left, VolumeMl right) => left.Millilitres >= right.Millilitres;

    /// <inheritdoc />
    public int CompareTo(VolumeMl other) => Millilitres.CompareTo(other.Millilitres);

    /// <summary>The value with its unit, invariant culture.</summary>
    /// <returns>For example <c>"5 mL"</c>.</returns>
    public override string ToString() => $"{Millilitres.ToString(CultureInfo.InvariantCulture)} mL";
}
