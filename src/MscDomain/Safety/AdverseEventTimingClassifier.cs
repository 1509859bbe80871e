using System.Globalization;
using NodaTime;
using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>
/// Times an adverse event against a participant's exposures: CDISC study day, most recent prior exposure, elapsed days and hours,
/// treatment emergence and the MSC-specific risk windows.
/// </summary>
/// <remarks>
/// <para>Sources: safety.md §12–§12.1; CDISC SDTMIG --DY; PHUSE WP-087 and pharmaverse admiral <c>derive_var_trtemfl</c> (treatment
/// emergence); ICHD-3 7.2.1 and 7.5 (headache windows).</para>
/// <para>Treatment emergence, in order: no study-treatment exposure → not TEAE; ended before the first dose → not TEAE; missing
/// onset → TEAE (conservative); onset on/after the first dose and (if an end window is set) on/before last dose + window → TEAE;
/// onset before the first dose and the worst grade after the first dose strictly above the grade at the first dose → TEAE;
/// otherwise not TEAE. A partial onset whose range straddles a boundary is decided conservatively (TEAE).</para>
/// <para>Windows are measured from the most recent prior exposure by a route the window applies to (with both clock times known:
/// the latest start at or before the onset; otherwise the latest exposure dated on or before the onset date). Hour windows: elapsed
/// hours in [0, N] inclusive when both the onset time and the exposure start time are known. When either is only a date, the
/// membership is indeterminate — except that it is outside when even the earliest possible onset is more than N hours after the
/// latest possible start (a certainty, not a guess; a documented refinement of safety.md §12). Day windows: onset date − exposure
/// date in [0, N] inclusive.</para>
/// </remarks>
public static class AdverseEventTimingClassifier
{
    /// <summary>Times <paramref name="adverseEvent"/> against <paramref name="exposures"/>.</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <param name="exposures">The participant's exposures, in any order.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="TimingOptions.Default"/>.</param>
    /// <param name="gradeAtFirstDose">For an event that started before the first dose: its grade at the first dose; optional.</param>
    /// <param name="worstGradeAfterFirstDose">For such an event: the highest grade recorded after the first dose; optional.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> or <paramref name="exposures"/> is null.</exception>
    public static AdverseEventTiming Analyse(
        AdverseEvent adverseEvent,
        IReadOnlyList<Exposure> exposures,
        TimingOptions? options = null,
        int? gradeAtFirstDose = null,
        int? worstGradeAfterFirstDose = null)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        ArgumentNullException.ThrowIfNull(exposures);
        options ??= TimingOptions.Default;
        var sorted = exposures.OrderBy(e => e.Date).ThenBy(e => e.Time ?? LocalTime.Midnight).ToArray();
        LocalDate? firstDose = null;
        LocalDate? lastDose = null;
        foreach (var e in sorted)
        {
            if (e.IsStudyTreatment)
            {
                firstDose ??= e.Date;
                lastDose = e.Date;
            }
        }

        int? studyDay = adverseEvent.OnsetDate is { } od && firstDose is { } fd ? StudyDay.Of(od, fd) : null;
        var recentIndex = MostRecent(adverseEvent, sorted, ExposureRoute.None);
        Exposure? recent = recentIndex >= 0 ? sorted[recentIndex] : null;
        int? days = recent is not null && adverseEvent.OnsetDate is { } d ? Period.DaysBetween(recent.Date, d) : null;
        decimal? hours = recent?.Start is { } rs && adverseEvent.OnsetTime is { } t ? Hours(rs, t) : null;

        var teae = TreatmentEmergence(adverseEvent, firstDose, lastDose, options.TreatmentEmergenceEndWindowDays, gradeAtFirstDose, worstGradeAfterFirstDose);
        var windows = MscRiskWindows.For(options).Select(w => Evaluate(adverseEvent, sorted, w, options)).ToArray();
        return new AdverseEventTiming(studyDay, recentIndex >= 0 ? recentIndex + 1 : null, recent, days, hours, teae, windows);
    }

    /// <summary>Decides treatment emergence (rules in the class remarks).</summary>
    /// <param name="adverseEvent">The adverse event.</param>
    /// <param name="firstDose">The first study-treatment date; <see langword="null"/> when never treated.</param>
    /// <param name="lastDose">The last study-treatment date; <see langword="null"/> when never treated.</param>
    /// <param name="endWindowDays">The end window after the last dose in calendar days (inclusive); <see langword="null"/> for none.</param>
    /// <param name="gradeAtFirstDose">For a pre-treatment event: its grade at the first dose.</param>
    /// <param name="worstGradeAfterFirstDose">For a pre-treatment event: the highest grade after the first dose.</param>
    /// <returns>The decision with the rule that fired.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adverseEvent"/> is null.</exception>
    public static TreatmentEmergenceResult TreatmentEmergence(
        AdverseEvent adverseEvent,
        LocalDate? firstDose,
        LocalDate? lastDose,
        int? endWindowDays = null,
        int? gradeAtFirstDose = null,
        int? worstGradeAfterFirstDose = null)
    {
        ArgumentNullException.ThrowIfNull(adverseEvent);
        if (firstDose is not { } first)
        {
            return new(false, "Not treatment-emergent: no study-treatment date.");
        }

        if (adverseEvent.EndDate is { } end && end < first)
        {
            return new(false, $"Not treatment-emergent: ended {end:uuuu-MM-dd}, before the first dose {first:uuuu-MM-dd}.");
        }

        LocalDate earliest, latest;
        if (adverseEvent.OnsetDate is { } onset)
        {
            earliest = latest = onset;
        }
        else if (adverseEvent.PartialOnset is { } p)
        {
            earliest = p.Earliest;
            latest = p.Latest;
        }
        else
        {
            return new(true, "Treatment-emergent: onset date missing (conservative rule, PHUSE WP-087 / admiral).");
        }

        // A window that would end after 9999-12-31 is open-ended (the calendar's end), never an overflow.
        LocalDate? windowEnd = endWindowDays is { } w && lastDose is { } last
            ? (w > 0 && last > LocalDate.MaxIsoValue.PlusDays(-w) ? LocalDate.MaxIsoValue : last.PlusDays(w))
            : null;
        if (earliest >= first)
        {
            if (windowEnd is { } we && earliest > we)
            {
                return new(false, $"Not treatment-emergent: onset after the end window (last dose + {endWindowDays} days = {we:uuuu-MM-dd}).");
            }

            return windowEnd is { } we2 && latest > we2
                ? new(true, $"Treatment-emergent: the partial onset {adverseEvent.PartialOnset} may fall within the end window (conservative).")
                : new(true, $"Treatment-emergent: onset on or after the first dose {first:uuuu-MM-dd}{(windowEnd is { } w3 ? $" and on or before {w3:uuuu-MM-dd}" : string.Empty)}.");
        }

        if (latest >= first)
        {
            return new(true, $"Treatment-emergent: the partial onset {adverseEvent.PartialOnset} may be on or after the first dose {first:uuuu-MM-dd} (conservative).");
        }

        if (gradeAtFirstDose is { } g0 && worstGradeAfterFirstDose is { } g1 && g1 > g0)
        {
            return new(true, $"Treatment-emergent: started before the first dose and worsened after it (grade {g0} at first dose, worst {g1} after).");
        }

        return new(false, gradeAtFirstDose is not null && worstGradeAfterFirstDose is not null
            ? $"Not treatment-emergent: started before the first dose {first:uuuu-MM-dd} and did not worsen after it."
            : $"Not treatment-emergent: started before the first dose {first:uuuu-MM-dd} with no worsening recorded.");
    }

    private static int MostRecent(AdverseEvent ae, Exposure[] sorted, ExposureRoute routes)
    {
        var found = -1;
        for (var i = 0; i < sorted.Length; i++)
        {
            var e = sorted[i];
            if (routes != ExposureRoute.None && (e.Routes & routes) == 0)
            {
                continue;
            }

            var prior = ae.OnsetTime is { } t && e.Start is { } start ? start <= t : ae.OnsetDate is { } d && e.Date <= d;
            if (prior)
            {
                found = i;
            }
        }

        return found;
    }

    private static decimal Hours(LocalDateTime from, LocalDateTime to) =>
        Period.Between(from, to, PeriodUnits.Minutes).Minutes / 60m;

    private static RiskWindowResult Evaluate(AdverseEvent ae, Exposure[] sorted, MscRiskWindow window, TimingOptions options)
    {
        if (ae.OnsetDate is null)
        {
            return new(window, window.IsDefined ? WindowMembership.Indeterminate : WindowMembership.NoWindowDefined, null,
                "The onset date is missing or partial: window membership cannot be decided.");
        }

        var idx = MostRecent(ae, sorted, window.Routes);
        if (idx < 0)
        {
            return new(window, WindowMembership.NotApplicable, null, $"No exposure by {window.Routes} on or before the onset.");
        }

        var e = sorted[idx];
        var n = idx + 1;
        if (!window.IsDefined)
        {
            return new(window, WindowMembership.NoWindowDefined, n, "No window is defined for this category (protocol parameter not set or no fixed window).");
        }

        if (window.WindowDays is { } wd)
        {
            var days = Period.DaysBetween(e.Date, ae.OnsetDate.Value);
            return days <= wd
                ? new(window, WindowMembership.Inside, n, $"Onset {days} day(s) after exposure {n}, within [0, {wd}] days.")
                : new(window, WindowMembership.Outside, n, $"Onset {days} day(s) after exposure {n}, beyond {wd} days.");
        }

        var wh = window.WindowHours!.Value;
        if (ae.OnsetTime is { } t && e.Start is { } start)
        {
            var limit = start.PlusHours(wh);
            var h = Hours(start, t);
            var hs = h.ToString("0.##", CultureInfo.InvariantCulture);
            return t <= limit
                ? new(window, WindowMembership.Inside, n, $"Onset {hs} h after the start of exposure {n}, within [0, {wh}] h.")
                : new(window, WindowMembership.Outside, n, $"Onset {hs} h after the start of exposure {n}, beyond {wh} h.");
        }

        // One side has no clock time: outside only when the earliest possible onset is after the latest possible window end.
        var latestStart = e.Start ?? (e.Date == LocalDate.MaxIsoValue ? LocalDateTime.MaxIsoValue : e.Date.PlusDays(1).AtMidnight());
        var earliestOnset = ae.OnsetTime ?? ae.OnsetDate.Value.AtMidnight();
        var missing = ae.OnsetTime is null ? "Date-only onset" : $"No start time for exposure {n}";
        if (earliestOnset > latestStart.PlusHours(wh))
        {
            return new(window, WindowMembership.Outside, n, $"{missing}, but the onset is certainly more than {wh} h after exposure {n}.");
        }

        return options.IndeterminateAsInside
            ? new(window, WindowMembership.Inside, n, $"{missing}: may fall within {wh} h of exposure {n}; counted as inside (IndeterminateAsInside).")
            : new(window, WindowMembership.Indeterminate, n, $"{missing}: cannot tell whether the onset is within {wh} h of exposure {n}.");
    }
}
