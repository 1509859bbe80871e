using System.Globalization;
using NodaTime;

namespace MscDomain.Disability;

/// <summary>
/// Evaluates "no evidence of disease activity" (NEDA-3, NEDA-4) over a period: no relapses, no
/// confirmed disability worsening, no MRI activity (new/enlarging T2 or Gd+ lesions), and for NEDA-4
/// annualised brain volume loss at most 0.4 %/year.
/// </summary>
/// <remarks>Sources: Havrdova et al., <i>Lancet Neurol</i> 2009 and Giovannoni (NEDA-3); Kappos et al., ECTRIMS
/// 2015, <i>Front Neurol</i> 2019;10:788 (NEDA-4). Missing scans or data make a component indeterminate, never
/// NEDA (domain reference disability.md §19).</remarks>
public static class NedaCalculator
{
    /// <summary>Evaluates NEDA for one participant and period.</summary>
    /// <param name="input">The period and the observations.</param>
    /// <param name="options">The options; <see langword="null"/> means <see cref="NedaOptions.Default"/> (NEDA-3).</param>
    /// <returns>Each component with its evidence, and the overall status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The period ends before it starts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The options hold a negative threshold or scan count.</exception>
    public static NedaResult Evaluate(NedaInput input, NedaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var o = options ?? NedaOptions.Default;
        if (input.PeriodEnd < input.PeriodStart)
        {
            throw new ArgumentException($"NEDA period ends ({Iso(input.PeriodEnd)}) before it starts ({Iso(input.PeriodStart)}).", nameof(input));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(o.MaximumAnnualizedBrainVolumeLossPercent, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(o.MinimumMriScans, nameof(options));

        var components = new List<NedaComponentResult>
        {
            Dates(NedaComponent.Relapses, input.RelapseDates, input, "relapse", "relapses were not assessed"),
            Dates(NedaComponent.DisabilityWorsening, input.ConfirmedWorseningDates, input, "confirmed disability worsening onset", "disability worsening was not assessed"),
            Mri(input, o),
        };
        if (o.Variant == NedaVariant.Neda4)
        {
            components.Add(BrainVolume(input, o));
        }

        var status = components.Any(c => c.Status == NedaComponentStatus.Activity) ? CompositeStatus.NotMet
            : components.Any(c => c.Status == NedaComponentStatus.Indeterminate) ? CompositeStatus.Indeterminate
            : CompositeStatus.Met;
        return new NedaResult(o.Variant, status, input.PeriodStart, input.PeriodEnd, components, o);
    }

    private static NedaComponentResult Dates(NedaComponent component, IReadOnlyList<LocalDate>? dates, NedaInput input, string what, string missing)
    {
        if (dates is null)
        {
            return new NedaComponentResult(component, NedaComponentStatus.Indeterminate, [], missing);
        }

        var evidence = dates.Where(d => d >= input.PeriodStart && d <= input.PeriodEnd).Order()
            .Select(d => new NedaEvidence(component, d, $"{what} on {Iso(d)}")).ToList();
        return new NedaComponentResult(component, evidence.Count > 0 ? NedaComponentStatus.Activity : NedaComponentStatus.NoActivity, evidence, null);
    }

    private static NedaComponentResult Mri(NedaInput input, NedaOptions o)
    {
        if (input.MriScans is null)
        {
            return new NedaComponentResult(NedaComponent.MriActivity, NedaComponentStatus.Indeterminate, [], "no MRI was read");
        }

        var inWindow = input.MriScans.Where(s => s.Date > input.PeriodStart && s.Date <= input.PeriodEnd).OrderBy(s => s.Date).ToList();
        var evidence = new List<NedaEvidence>();
        foreach (var s in inWindow)
        {
            if (s.NewOrEnlargingT2Lesions > 0)
            {
                evidence.Add(new NedaEvidence(NedaComponent.MriActivity, s.Date, $"{s.NewOrEnlargingT2Lesions.ToString(CultureInfo.InvariantCulture)} new/enlarging T2 lesion(s) on {Iso(s.Date)}"));
            }

            if (s.GadoliniumEnhancingLesions > 0)
            {
                evidence.Add(new NedaEvidence(NedaComponent.MriActivity, s.Date, $"{s.GadoliniumEnhancingLesions.ToString(CultureInfo.InvariantCulture)} Gd+ lesion(s) on {Iso(s.Date)}"));
            }
        }

        if (evidence.Count > 0)
        {
            return new NedaComponentResult(NedaComponent.MriActivity, NedaComponentStatus.Activity, evidence, null);
        }

        return inWindow.Count < o.MinimumMriScans
            ? new NedaComponentResult(NedaComponent.MriActivity, NedaComponentStatus.Indeterminate, [],
                $"{inWindow.Count.ToString(CultureInfo.InvariantCulture)} follow-up scan(s) after {Iso(input.PeriodStart)} up to {Iso(input.PeriodEnd)}; at least {o.MinimumMriScans.ToString(CultureInfo.InvariantCulture)} needed")
            : new NedaComponentResult(NedaComponent.MriActivity, NedaComponentStatus.NoActivity, [], null);
    }

    private static NedaComponentResult BrainVolume(NedaInput input, NedaOptions o)
    {
        if (input.BrainVolumeChange is not { } b)
        {
            return new NedaComponentResult(NedaComponent.BrainVolumeLoss, NedaComponentStatus.Indeterminate, [], "no brain volume change was measured (NEDA-4)");
        }

        var loss = -b.AnnualizedPercentChange;
        if (loss > o.MaximumAnnualizedBrainVolumeLossPercent)
        {
            var e = new NedaEvidence(NedaComponent.BrainVolumeLoss, b.To,
                $"annualised brain volume loss {loss.ToString("0.############################", CultureInfo.InvariantCulture)} %/year ({b.PercentChange.ToString(CultureInfo.InvariantCulture)} % over {b.Days.ToString(CultureInfo.InvariantCulture)} days) exceeds {o.MaximumAnnualizedBrainVolumeLossPercent.ToString(CultureInfo.InvariantCulture)} %/year");
            return new NedaComponentResult(NedaComponent.BrainVolumeLoss, NedaComponentStatus.Activity, [e], null);
        }

        return new NedaComponentResult(NedaComponent.BrainVolumeLoss, NedaComponentStatus.NoActivity, [], null);
    }

    private static string Iso(LocalDate d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
