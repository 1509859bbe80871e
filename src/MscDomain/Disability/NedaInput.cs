using NodaTime;

namespace MscDomain.Disability;

/// <summary>What one participant showed over a NEDA assessment period.</summary>
/// <remarks>
/// <para>Windows: relapses and worsening onsets count when dated from <see cref="PeriodStart"/> to
/// <see cref="PeriodEnd"/>, both inclusive. MRI scans count when dated after <see cref="PeriodStart"/>
/// up to <see cref="PeriodEnd"/> inclusive — a scan on the start date is the reference (baseline) scan and
/// its activity predates the period. Items outside the windows are not evidence.</para>
/// <para>A <see langword="null"/> list means "not assessed" and makes that component indeterminate; an
/// empty list means "assessed, none".</para>
/// </remarks>
/// <param name="PeriodStart">First day of the assessment period.</param>
/// <param name="PeriodEnd">Last day of the assessment period.</param>
/// <param name="RelapseDates">Clinical relapse onset dates, or <see langword="null"/> when relapses were not tracked.</param>
/// <param name="ConfirmedWorseningDates">Onset dates of confirmed disability worsening events (from the confirmed-change engine, with the study's CDW definition), or <see langword="null"/> when disability was not assessed.</param>
/// <param name="MriScans">Follow-up MRI scans, or <see langword="null"/> when no MRI was read.</param>
/// <param name="BrainVolumeChange">The brain volume change measured over the period (NEDA-4), or <see langword="null"/>.</param>
public sealed record NedaInput(
    LocalDate PeriodStart,
    LocalDate PeriodEnd,
    IReadOnlyList<LocalDate>? RelapseDates,
    IReadOnlyList<LocalDate>? ConfirmedWorseningDates,
    IReadOnlyList<NedaMriScan>? MriScans,
    NedaBrainVolumeChange? BrainVolumeChange = null);
