using System.Text.Json.Serialization;
using NodaTime;

using MscDomain.Common;

namespace MscDomain.AdverseEvents;

/// <summary>
/// The structured facts of one adverse event (AE) as a clinical-trial database records them: term, timing, reported
/// CTCAE grade, ICH E2A seriousness criteria, outcome, causality, expectedness, sponsor awareness and action taken.
/// </summary>
/// <remarks>
/// <para>An AE is any untoward medical occurrence after administration of a product, whether or not it is
/// causally related (ICH E2A). This record stores what was <em>recorded</em>; the classifiers
/// (<see cref="Safety.AdverseEventClassifier"/> and the per-aspect classifiers) derive seriousness, causality,
/// expectedness, SUSAR status and reporting deadlines from it.</para>
/// <para>Field correspondences: <see cref="Id"/> ~ SDTM AESPID; <see cref="VerbatimTerm"/> AETERM;
/// <see cref="Meddra"/> AEDECOD/AEPTCD; <see cref="OnsetDate"/> AESTDTC; <see cref="EndDate"/> AEENDTC;
/// <see cref="Severity"/> AETOXGR (+ CTCAE version); <see cref="SeriousnessCriteria"/> AESDTH…AESMIE and
/// E2B(R3) E.i.3.2a–f; <see cref="RecordedSerious"/> AESER; <see cref="Outcome"/> AEOUT / E.i.7;
/// <see cref="ActionTaken"/> AEACN.</para>
/// <para>Onset may be missing (<see cref="OnsetDate"/> and <see cref="PartialOnset"/> both null) or partial
/// (<see cref="PartialOnset"/>); the treatment-emergence rule then decides conservatively (PHUSE WP-087,
/// admiral <c>derive_var_trtemfl</c>). <see cref="OnsetTime"/> adds a clock time for infusion windows.</para>
/// <para>Day 0 of the expedited-reporting clock is <see cref="SponsorAwareDate"/>: the day the sponsor first
/// knew the minimum criteria (EU CTR 536/2014 Art. 42; 21 CFR 312.32; ICH E2A).</para>
/// </remarks>
public sealed record AdverseEvent
{
    /// <summary>Creates an adverse event record after checking its dates are consistent.</summary>
    /// <param name="id">The event's identifier within its study (non-blank).</param>
    /// <param name="verbatimTerm">The reported (verbatim) term, e.g. <c>"headache after LP"</c> (non-blank).</param>
    /// <param name="meddra">The MedDRA coding supplied by the user; optional.</param>
    /// <param name="onsetDate">The onset date; <see langword="null"/> when missing or only partially known.</param>
    /// <param name="onsetTime">The onset date and clock time (for infusion windows); its date must equal <paramref name="onsetDate"/>.</param>
    /// <param name="partialOnset">A partially known onset (year or year-month), only when <paramref name="onsetDate"/> is null.</param>
    /// <param name="endDate">The end (resolution) date; must not be before the onset; <see langword="null"/> when ongoing or unknown.</param>
    /// <param name="severity">The reported CTCAE grade with version; optional.</param>
    /// <param name="seriousnessCriteria">The ICH E2A seriousness criteria that hold (<see cref="AdverseEvents.SeriousnessCriteria.None"/> for none).</param>
    /// <param name="recordedSerious">The serious flag as recorded (SDTM AESER); checked against the criteria, never used to decide seriousness.</param>
    /// <param name="outcome">The outcome; optional.</param>
    /// <param name="investigatorCausality">The investigator's causality assessment; optional.</param>
    /// <param name="sponsorCausality">The sponsor's causality assessment; optional.</param>
    /// <param name="expectedness">The recorded expectedness against the reference safety information; optional.</param>
    /// <param name="sponsorAwareDate">Day 0: the date the sponsor first knew of the event with the minimum reporting criteria; optional.</param>
    /// <param name="sponsorAwareOfUpgradeDate">The date the sponsor first knew the event had become fatal or life-threatening, when it was first reported as neither; optional.</param>
    /// <param name="actionTaken">The action taken with the study treatment; optional.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="verbatimTerm"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined; the end date is before the onset; the onset time's
    /// date differs from the onset date or is given without it; a partial onset is given together with a full one; the upgrade
    /// awareness date is before day 0.</exception>
    [JsonConstructor]
    public AdverseEvent(
        string id,
        string verbatimTerm,
        MeddraCoding? meddra = null,
        LocalDate? onsetDate = null,
        LocalDateTime? onsetTime = null,
        PartialDate? partialOnset = null,
        LocalDate? endDate = null,
        AdverseEventSeverity? severity = null,
        SeriousnessCriteria seriousnessCriteria = SeriousnessCriteria.None,
        bool? recordedSerious = null,
        AdverseEventOutcome? outcome = null,
        CausalityAssessment? investigatorCausality = null,
        CausalityAssessment? sponsorCausality = null,
        Expectedness? expectedness = null,
        LocalDate? sponsorAwareDate = null,
        LocalDate? sponsorAwareOfUpgradeDate = null,
        AdverseEventAction? actionTaken = null)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("An adverse event needs a non-blank id.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(verbatimTerm))
        {
            throw new ArgumentException($"Adverse event '{id}' needs a non-blank verbatim term.", nameof(verbatimTerm));
        }

        const SeriousnessCriteria all = SeriousnessCriteria.Death | SeriousnessCriteria.LifeThreatening |
            SeriousnessCriteria.Hospitalisation | SeriousnessCriteria.Disability |
            SeriousnessCriteria.CongenitalAnomaly | SeriousnessCriteria.ImportantMedicalEvent;
        if ((seriousnessCriteria & ~all) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(seriousnessCriteria), seriousnessCriteria,
                $"Adverse event '{id}': seriousness criteria {(int)seriousnessCriteria} contain undefined flags.");
        }

        CheckDefined(outcome, nameof(outcome), id);
        CheckDefined(expectedness, nameof(expectedness), id);
        CheckDefined(actionTaken, nameof(actionTaken), id);

        foreach (var (name, date) in new[] { (nameof(onsetDate), onsetDate), (nameof(endDate), endDate), (nameof(sponsorAwareDate), sponsorAwareDate), (nameof(sponsorAwareOfUpgradeDate), sponsorAwareOfUpgradeDate) })
        {
            if (date > LatestDate)
            {
                throw new ArgumentOutOfRangeException(name, date,
                    $"Adverse event '{id}': {name} {date:uuuu-MM-dd} is after {LatestDate:uuuu-MM-dd}, the latest date whose {LongestReportingClockDays}-day reporting clock stays in the calendar (ends 9999-12-31).");
            }
        }

        if (onsetTime is { } t)
        {
            if (onsetDate is not { } d)
            {
                throw new ArgumentOutOfRangeException(nameof(onsetTime), t,
                    $"Adverse event '{id}': an onset time needs the onset date too (onsetDate = {t.Date:uuuu-MM-dd}).");
            }

            if (t.Date != d)
            {
                throw new ArgumentOutOfRangeException(nameof(onsetTime), t,
                    $"Adverse event '{id}': the onset time's date {t.Date:uuuu-MM-dd} must equal the onset date {d:uuuu-MM-dd}.");
            }
        }

        if (partialOnset is { } p && onsetDate is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(partialOnset), p,
                $"Adverse event '{id}': give either a full onset date or a partial onset, not both.");
        }

        if (endDate is { } end)
        {
            if (onsetDate is { } on && end < on)
            {
                throw new ArgumentOutOfRangeException(nameof(endDate), end,
                    $"Adverse event '{id}': the end date {end:uuuu-MM-dd} must not be before the onset date {on:uuuu-MM-dd}.");
            }

            if (partialOnset is { } po && end < po.Earliest)
            {
                throw new ArgumentOutOfRangeException(nameof(endDate), end,
                    $"Adverse event '{id}': the end date {end:uuuu-MM-dd} must not be before the partial onset {po}.");
            }
        }

        if (sponsorAwareOfUpgradeDate is { } up && sponsorAwareDate is { } aware && up < aware)
        {
            throw new ArgumentOutOfRangeException(nameof(sponsorAwareOfUpgradeDate), up,
                $"Adverse event '{id}': the sponsor cannot learn the event turned fatal/life-threatening ({up:uuuu-MM-dd}) before first knowing of it ({aware:uuuu-MM-dd}).");
        }

        Id = id;
        VerbatimTerm = verbatimTerm;
        Meddra = meddra;
        OnsetDate = onsetDate;
        OnsetTime = onsetTime;
        PartialOnset = partialOnset;
        EndDate = endDate;
        Severity = severity;
        SeriousnessCriteria = seriousnessCriteria;
        RecordedSerious = recordedSerious;
        Outcome = outcome;
        InvestigatorCausality = investigatorCausality;
        SponsorCausality = sponsorCausality;
        Expectedness = expectedness;
        SponsorAwareDate = sponsorAwareDate;
        SponsorAwareOfUpgradeDate = sponsorAwareOfUpgradeDate;
        ActionTaken = actionTaken;
    }

    /// <summary>The latest date an adverse event may carry: 9999-12-31 minus the longest reporting clock
    /// (<see cref="LongestReportingClockDays"/>), so that every deadline computed from it is a date of the calendar.</summary>
    public static LocalDate LatestDate { get; } = new LocalDate(9999, 12, 31).PlusDays(-LongestReportingClockDays);

    /// <summary>The longest expedited reporting clock in days from day 0: 15 (Regulation (EU) No 536/2014 Art. 42(2);
    /// 21 CFR 312.32(c); equal to <c>MscDomain.Safety.ReportingDeadlines.OtherDays</c>, which a test keeps in step).</summary>
    public const int LongestReportingClockDays = 15;

    /// <summary>The event's identifier within its study.</summary>
    public string Id { get; }

    /// <summary>The reported (verbatim) term.</summary>
    public string VerbatimTerm { get; }

    /// <summary>The MedDRA coding supplied by the user; <see langword="null"/> when not coded.</summary>
    public MeddraCoding? Meddra { get; }

    /// <summary>The onset date; <see langword="null"/> when missing or only partially known (see <see cref="PartialOnset"/>).</summary>
    public LocalDate? OnsetDate { get; }

    /// <summary>The onset date and clock time, for infusion windows; <see langword="null"/> when only the date is known.</summary>
    public LocalDateTime? OnsetTime { get; }

    /// <summary>A partially known onset (year, or year and month); <see langword="null"/> when the onset is full or missing.</summary>
    public PartialDate? PartialOnset { get; }

    /// <summary>The end (resolution) date, never before the onset; <see langword="null"/> when ongoing or unknown.</summary>
    public LocalDate? EndDate { get; }

    /// <summary>The reported CTCAE grade with its version; <see langword="null"/> when not graded.</summary>
    public AdverseEventSeverity? Severity { get; }

    /// <summary>The ICH E2A seriousness criteria that hold; <see cref="AdverseEvents.SeriousnessCriteria.None"/> when none does.</summary>
    public SeriousnessCriteria SeriousnessCriteria { get; }

    /// <summary>The serious flag as recorded (SDTM AESER); <see langword="null"/> when not recorded. Checked, never used to decide.</summary>
    public bool? RecordedSerious { get; }

    /// <summary>The outcome; <see langword="null"/> when not recorded.</summary>
    public AdverseEventOutcome? Outcome { get; }

    /// <summary>The investigator's causality assessment; <see langword="null"/> when not (yet) assessed.</summary>
    public CausalityAssessment? InvestigatorCausality { get; }

    /// <summary>The sponsor's causality assessment; <see langword="null"/> when not (yet) assessed.</summary>
    public CausalityAssessment? SponsorCausality { get; }

    /// <summary>The recorded expectedness against the reference safety information; <see langword="null"/> when not assessed.</summary>
    public Expectedness? Expectedness { get; }

    /// <summary>Day 0: the date the sponsor first knew of the event with the minimum reporting criteria; <see langword="null"/> when unknown.</summary>
    public LocalDate? SponsorAwareDate { get; }

    /// <summary>The date the sponsor first knew the event had turned fatal or life-threatening (it was first reported as neither);
    /// <see langword="null"/> when not applicable. Starts a new 7-day clock (EU CTR 536/2014 Art. 42 and Annex III).</summary>
    public LocalDate? SponsorAwareOfUpgradeDate { get; }

    /// <summary>The action taken with the study treatment; <see langword="null"/> when not recorded.</summary>
    public AdverseEventAction? ActionTaken { get; }

    /// <summary>Whether at least one ICH E2A seriousness criterion holds (the only thing that makes an event serious).</summary>
    [JsonIgnore]
    public bool IsSerious => SeriousnessCriteria != SeriousnessCriteria.None;

    private static void CheckDefined<T>(T? value, string name, string id)
        where T : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            throw new ArgumentOutOfRangeException(name, v, $"Adverse event '{id}': {name} value {v} is not defined.");
        }
    }
}
