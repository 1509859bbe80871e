using NodaTime;

namespace MscDomain.Disability;

/// <summary>One outcome assessment of one participant, as input to the confirmed-change engine.</summary>
/// <param name="Date">The visit date (use <see cref="DayNumbers.FromDayNumber"/> for day-number input).</param>
/// <param name="Value">The outcome value; <see langword="null"/> = missing (dropped and reported, as msprog does).</param>
/// <param name="CanConfirm">Whether the visit may serve as a confirmation visit (msprog <c>validconf_col</c>, e.g. scheduled visits only); an unflagged visit may still be an onset or a baseline.</param>
public readonly record struct DisabilityVisit(LocalDate Date, decimal? Value, bool CanConfirm = true);
