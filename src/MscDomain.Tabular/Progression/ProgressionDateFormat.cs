namespace MscDomain.Tabular.Progression;

/// <summary>How the date columns of long-format progression input are written (msprog <c>date_format</c>).</summary>
public enum ProgressionDateFormat
{
    /// <summary>ISO 8601 calendar dates, <c>yyyy-MM-dd</c> (the default).</summary>
    Iso = 0,

    /// <summary>Whole days from any origin (e.g. days from randomisation; negative allowed); msprog <c>date_format = "day"</c>.
    /// Mapped to dates through <see cref="MscDomain.Disability.DayNumbers"/>.</summary>
    Day = 1,
}
