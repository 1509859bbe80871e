using System.Text.Json.Serialization;
using NodaTime;

namespace MscDomain.AdverseEvents;

/// <summary>The participant's death as ICH E2B(R3) section D.9 records it: date, reported cause and autopsy.</summary>
/// <remarks>
/// <para>Source: ICH E2B(R3) Implementation Guide (2013) D.9.1 (date of death), D.9.2.r (reported cause(s) of death), D.9.3 (was an
/// autopsy done?); E.i.7: the reaction's outcome is "fatal" only when the death is possibly related to that reaction — a death with
/// another cause is reported in D.9 and the reaction keeps its own outcome (safety.md §10).</para>
/// <para>On an <see cref="AdverseEvent"/> this records a death that is <em>not</em> the outcome of that event (the event's death
/// criterion then stays unset); when the event itself was fatal it may carry the same D.9 data alongside the death criterion.</para>
/// </remarks>
public sealed record PatientDeath
{
    /// <summary>Creates a patient-death record.</summary>
    /// <param name="date">D.9.1: the date of death; <see langword="null"/> when unknown.</param>
    /// <param name="reportedCause">D.9.2.r: the reported cause of death as free text (MedDRA coding is the user's); optional.</param>
    /// <param name="autopsyDone">D.9.3: whether an autopsy was done; <see langword="null"/> when unknown.</param>
    /// <exception cref="ArgumentException"><paramref name="reportedCause"/> is given but blank.</exception>
    [JsonConstructor]
    public PatientDeath(LocalDate? date = null, string? reportedCause = null, bool? autopsyDone = null)
    {
        if (reportedCause is not null && string.IsNullOrWhiteSpace(reportedCause))
        {
            throw new ArgumentException("The reported cause of death (E2B D.9.2.r) must not be blank; leave it out when unknown.", nameof(reportedCause));
        }

        Date = date;
        ReportedCause = reportedCause;
        AutopsyDone = autopsyDone;
    }

    /// <summary>D.9.1: the date of death; <see langword="null"/> when unknown.</summary>
    public LocalDate? Date { get; }

    /// <summary>D.9.2.r: the reported cause of death; <see langword="null"/> when not given.</summary>
    public string? ReportedCause { get; }

    /// <summary>D.9.3: whether an autopsy was done; <see langword="null"/> when unknown.</summary>
    public bool? AutopsyDone { get; }
}
