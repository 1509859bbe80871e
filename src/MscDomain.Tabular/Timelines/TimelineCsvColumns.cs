using MscDomain.Common;
namespace MscDomain.Tabular.Timelines;

/// <summary>
/// The column names of the long-format timeline CSV files (participants, visits, relapses, administrations, labs);
/// every default is the name the writer uses, so files written by <see cref="TimelineCsvWriter"/> read back unchanged.
/// </summary>
/// <remarks>
/// <para>Column names match case-insensitively. Only <see cref="Id"/> and the date column of each file are required;
/// every other column may be absent (then the value is missing on every row).</para>
/// <para>Visits file, one row per visit (or per run of same-day assessments): <c>id, date, edss, pyramidal, cerebellar,
/// brainstem, sensory, bowel_bladder, visual, cerebral, ambulation, t25fw, nhpt, sdmt</c> and, for any other
/// assessment (or one with a laterality, a name or a unit other than the catalogue's), the generic
/// <c>measure, value, unit, laterality, name</c> columns; an optional <c>fs_order</c> column (not renamable) lists the
/// graded systems when their order is not the column order. When the 9HPT column is absent, <c>9hpt</c> is accepted as
/// its name. EDSS (Expanded Disability Status Scale, Kurtzke 1983) in 0, 1.0..10 by 0.5; functional-system (FS)
/// grades 0..6 (0..5 for brainstem, cerebellar, cerebral); T25FW (timed 25-foot walk) and 9HPT (nine-hole peg test)
/// in seconds; SDMT (symbol digit modalities test) as correct answers.</para>
/// </remarks>
public sealed record TimelineCsvColumns
{
    /// <summary>The default column names.</summary>
    public static TimelineCsvColumns Default { get; } = new();

    /// <summary>Participant id (every file). Default <c>id</c>.</summary>
    public string Id { get; init; } = "id";

    /// <summary>Assessment, administration or lab date (ISO <c>yyyy-MM-dd</c>) in visits, administrations and labs. Default <c>date</c>.</summary>
    public string Date { get; init; } = "date";

    /// <summary>EDSS score. Default <c>edss</c>.</summary>
    public string Edss { get; init; } = "edss";

    /// <summary>Visual FS grade. Default <c>visual</c>.</summary>
    public string Visual { get; init; } = "visual";

    /// <summary>Brainstem FS grade. Default <c>brainstem</c>.</summary>
    public string Brainstem { get; init; } = "brainstem";

    /// <summary>Pyramidal FS grade. Default <c>pyramidal</c>.</summary>
    public string Pyramidal { get; init; } = "pyramidal";

    /// <summary>Cerebellar FS grade. Default <c>cerebellar</c>.</summary>
    public string Cerebellar { get; init; } = "cerebellar";

    /// <summary>Sensory FS grade. Default <c>sensory</c>.</summary>
    public string Sensory { get; init; } = "sensory";

    /// <summary>Bowel and bladder FS grade. Default <c>bowel_bladder</c>.</summary>
    public string BowelBladder { get; init; } = "bowel_bladder";

    /// <summary>Cerebral (mental) FS grade. Default <c>cerebral</c>.</summary>
    public string Cerebral { get; init; } = "cerebral";

    /// <summary>Neurostatus ambulation score 0..16 of the EDSS assessment. Default <c>ambulation</c>.</summary>
    public string Ambulation { get; init; } = "ambulation";

    /// <summary>Timed 25-foot walk in seconds. Default <c>t25fw</c>.</summary>
    public string T25fw { get; init; } = "t25fw";

    /// <summary>Nine-hole peg test in seconds (both hands combined, no laterality). Default <c>nhpt</c> (alias <c>9hpt</c>).</summary>
    public string Nhpt { get; init; } = "nhpt";

    /// <summary>Symbol digit modalities test, correct answers. Default <c>sdmt</c>.</summary>
    public string Sdmt { get; init; } = "sdmt";

    /// <summary>Generic assessment: the measure (kebab-case <c>OutcomeMeasure</c>, e.g. <c>serum-nfl</c>). Default <c>measure</c>.</summary>
    public string Measure { get; init; } = "measure";

    /// <summary>Generic assessment value; in the labs file the lab value. Default <c>value</c>.</summary>
    public string Value { get; init; } = "value";

    /// <summary>Generic assessment unit; in the labs file the lab unit. Default <c>unit</c>.</summary>
    public string Unit { get; init; } = "unit";

    /// <summary>Generic assessment laterality (<c>left</c>, <c>right</c>, <c>both</c>, <c>dominant-hand</c>, <c>non-dominant-hand</c>). Default <c>laterality</c>.</summary>
    public string Laterality { get; init; } = "laterality";

    /// <summary>Generic assessment name (required for measure <c>other</c>). Default <c>name</c>.</summary>
    public string Name { get; init; } = "name";

    /// <summary>Lab analyte code (e.g. <c>ALT</c>). Default <c>analyte</c>.</summary>
    public string Analyte { get; init; } = "analyte";

    /// <summary>Lab lower limit of normal. Default <c>lln</c>.</summary>
    public string Lln { get; init; } = "lln";

    /// <summary>Lab upper limit of normal. Default <c>uln</c>.</summary>
    public string Uln { get; init; } = "uln";

    /// <summary>Relapse onset date. Default <c>date</c> (the same as <see cref="Date"/>; msprog's relapse files use <c>date</c>).</summary>
    public string RelapseOnset { get; init; } = "date";

    /// <summary>Participant arm id in the participants file. Default <c>arm</c>.</summary>
    public string Arm { get; init; } = "arm";

    /// <summary>Birth date (partial: <c>1980</c>, <c>1980-05</c> or <c>1980-05-17</c>) in the participants file. Default <c>birth_date</c>; a <c>birth_year</c> column is accepted when it is absent.</summary>
    public string BirthDate { get; init; } = "birth_date";

    /// <summary>Sex (<c>female</c>, <c>male</c>, <c>unknown</c>, <c>undifferentiated</c>) in the participants file. Default <c>sex</c>.</summary>
    public string Sex { get; init; } = "sex";

    /// <summary>Enrolment date in the participants file. Default <c>enrolment_date</c>.</summary>
    public string EnrolmentDate { get; init; } = "enrolment_date";

    /// <summary>Base disease course (Lublin 2014: <c>clinically-isolated-syndrome</c>, <c>relapsing-remitting</c>, <c>secondary-progressive</c>, <c>primary-progressive</c>) in the participants file. Default <c>course</c>.</summary>
    public string Course { get; init; } = "course";
}
