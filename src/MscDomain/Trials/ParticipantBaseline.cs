using MscDomain.Disease;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using NodaTime;
using MscDomain.Common;

namespace MscDomain.Trials;

/// <summary>What is known about a participant at entry: birth (year, month or day), sex, enrolment, disease course, baseline EDSS and weight.</summary>
/// <param name="BirthDate">Birth date, often only the year.</param>
/// <param name="Sex">Sex.</param>
/// <param name="EnrolmentDate">Date of enrolment (randomisation / allocation).</param>
/// <param name="ConsentDate">Informed consent date (not after enrolment), or null.</param>
/// <param name="Course">Disease course at entry, or null.</param>
/// <param name="BaselineEdss">Baseline EDSS, or null.</param>
/// <param name="Weight">Body weight at entry, or null.</param>
public sealed record ParticipantBaseline(
    PartialDate BirthDate,
    Sex Sex,
    LocalDate EnrolmentDate,
    LocalDate? ConsentDate = null,
    DiseaseCourse? Course = null,
    EdssScore? BaselineEdss = null,
    WeightKg? Weight = null)
{
    /// <summary>Date of enrolment (not before birth).</summary>
    /// <exception cref="ArgumentException">Enrolment before birth, or consent after enrolment or before birth.</exception>
    public LocalDate EnrolmentDate { get; } = EnrolmentDate < BirthDate.Earliest
        ? throw new ArgumentOutOfRangeException(nameof(EnrolmentDate), EnrolmentDate.ToString(), $"ParticipantBaseline.EnrolmentDate {EnrolmentDate} is before birth ({BirthDate}).")
        : EnrolmentDate;

    /// <summary>Informed consent date (between birth and enrolment), or null.</summary>
    public LocalDate? ConsentDate { get; } = ConsentDate is { } c && (c > EnrolmentDate || c < BirthDate.Earliest)
        ? throw new ArgumentOutOfRangeException(nameof(ConsentDate), c.ToString(), $"ParticipantBaseline.ConsentDate {c} must be on or before enrolment ({EnrolmentDate}) and not before birth ({BirthDate}).")
        : ConsentDate;

    /// <summary>Age in whole years on <paramref name="date"/>, as a range when the birth date is partial.</summary>
    /// <param name="date">The date.</param>
    /// <returns>(youngest possible, oldest possible) age in completed years.</returns>
    public (int Minimum, int Maximum) AgeYearsOn(LocalDate date) =>
        (Period.Between(BirthDate.Latest, date, PeriodUnits.Years).Years, Period.Between(BirthDate.Earliest, date, PeriodUnits.Years).Years);
}
