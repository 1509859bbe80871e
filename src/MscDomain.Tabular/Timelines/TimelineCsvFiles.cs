namespace MscDomain.Tabular.Timelines;

/// <summary>The paths of the timeline CSV files; only <see cref="Participants"/> is required.</summary>
/// <param name="Participants">Participants file (one row per participant: baseline, arm).</param>
/// <param name="Visits">Visits/assessments file, or null.</param>
/// <param name="Relapses">Relapses file, or null.</param>
/// <param name="Administrations">Administrations file (one row per given component), or null.</param>
/// <param name="Labs">Laboratory measurements file, or null.</param>
/// <param name="Cohort">Cohort file (one row: <c>id, trial_id, description</c>), or null.</param>
/// <param name="AdverseEvents">Adverse-events file, or null.</param>
public sealed record TimelineCsvFiles(string Participants, string? Visits = null, string? Relapses = null, string? Administrations = null, string? Labs = null, string? Cohort = null, string? AdverseEvents = null)
{
    /// <summary>Participants file name in a directory: <c>participants.csv</c>.</summary>
    public const string ParticipantsFileName = "participants.csv";

    /// <summary>Visits file name in a directory: <c>visits.csv</c>.</summary>
    public const string VisitsFileName = "visits.csv";

    /// <summary>Relapses file name in a directory: <c>relapses.csv</c>.</summary>
    public const string RelapsesFileName = "relapses.csv";

    /// <summary>Administrations file name in a directory: <c>administrations.csv</c>.</summary>
    public const string AdministrationsFileName = "administrations.csv";

    /// <summary>Labs file name in a directory: <c>labs.csv</c>.</summary>
    public const string LabsFileName = "labs.csv";

    /// <summary>Adverse-events file name in a directory: <c>adverse_events.csv</c>.</summary>
    public const string AdverseEventsFileName = "adverse_events.csv";

    /// <summary>Cohort file name in a directory: <c>cohort.csv</c>.</summary>
    public const string CohortFileName = "cohort.csv";

    /// <summary>The files in <paramref name="directory"/> under the standard names; optional files that do not exist are null.</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The file set.</returns>
    /// <exception cref="TabularInputException">The directory has no <c>participants.csv</c>.</exception>
    public static TimelineCsvFiles InDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var participants = Path.Combine(directory, ParticipantsFileName);
        if (!System.IO.File.Exists(participants))
        {
            throw new TabularInputException(participants, null, null, "the participants file is missing; a timeline directory needs participants.csv (id, birth_date, sex, enrolment_date, ...).");
        }

        string? Optional(string name) => System.IO.File.Exists(Path.Combine(directory, name)) ? Path.Combine(directory, name) : null;
        return new(participants, Optional(VisitsFileName), Optional(RelapsesFileName), Optional(AdministrationsFileName), Optional(LabsFileName), Optional(CohortFileName), Optional(AdverseEventsFileName));
    }
}
