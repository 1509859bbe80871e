using System.Collections.Frozen;

namespace MscDomain.Common;

/// <summary>
/// The stable codes of <see cref="DataIssue"/>, each with its meaning. A code never changes meaning once released;
/// <c>docs/issue-codes.md</c> lists them all (a test keeps the page and this class in step).
/// </summary>
/// <remarks>
/// Ranges: <c>MSC01xx</c> text and table structure; <c>MSC02xx</c> single values (missing, spelling, range);
/// <c>MSC03xx</c> records against each other (duplicates, order, same day); <c>MSC04xx</c> JSON documents;
/// <c>MSC05xx</c> command-line options and files; <c>MSC06xx</c> laboratory rows; <c>MSC07xx</c> adverse events and safety;
/// <c>MSC10xx</c> trial-document consistency; <c>MSC12xx</c> FHIR; <c>MSC13xx</c> evidence synthesis.
/// </remarks>
public static class DataIssueCodes
{
    /// <summary>MSC0101: the bytes are not valid UTF-8.</summary>
    public const string InvalidUtf8 = "MSC0101";

    /// <summary>MSC0102: a NUL (U+0000) character in text input.</summary>
    public const string NulCharacter = "MSC0102";

    /// <summary>MSC0103: a column name appears more than once in a header.</summary>
    public const string DuplicateColumn = "MSC0103";

    /// <summary>MSC0104: a row has fewer or more cells than the header.</summary>
    public const string RaggedRow = "MSC0104";

    /// <summary>MSC0105: a required column is missing from the header.</summary>
    public const string MissingColumn = "MSC0105";

    /// <summary>MSC0201: a required value is missing (empty or a missing-value token).</summary>
    public const string MissingValue = "MSC0201";

    /// <summary>MSC0202: a value is not in the accepted spelling (number, date, boolean or coded value).</summary>
    public const string UnreadableValue = "MSC0202";

    /// <summary>MSC0203: a value is outside its allowed range or scale.</summary>
    public const string OutOfRange = "MSC0203";

    /// <summary>MSC0106: the file is empty or has no header row.</summary>
    public const string EmptyFile = "MSC0106";

    /// <summary>MSC0107: the text is not valid CSV (a stray or unbalanced quote).</summary>
    public const string MalformedCsv = "MSC0107";

    /// <summary>MSC0108: the table has a header but no data rows where at least one is needed.</summary>
    public const string NoDataRows = "MSC0108";

    /// <summary>MSC0109: an input column has the name of a column the output appends.</summary>
    public const string OutputColumnExists = "MSC0109";

    /// <summary>MSC0204: a timed test above its test limit (T25FW 180 s, 9HPT 300 s): kept and flagged (note).</summary>
    public const string AboveTestLimit = "MSC0204";

    /// <summary>MSC0205: a row without a value of the analysed outcome was dropped, as msprog does (note).</summary>
    public const string MissingValueDropped = "MSC0205";

    /// <summary>MSC0301: two rows of one participant on one date: the last row in file order is kept, as msprog does (note).</summary>
    public const string SameDayDuplicate = "MSC0301";

    /// <summary>MSC0302: a record names a participant who has no record in the table it belongs to.</summary>
    public const string UnknownParticipant = "MSC0302";

    /// <summary>MSC0303: a record that must be unique (such as a participant id) appears more than once.</summary>
    public const string DuplicateRecord = "MSC0303";

    /// <summary>MSC0304: a participant who was asked for has no usable records.</summary>
    public const string NoParticipantRecords = "MSC0304";

    /// <summary>MSC0603: a lab row's direction contradicts its CTCAE term.</summary>
    public const string LabDirectionContradictsTerm = "MSC0603";

    /// <summary>MSC0110: the file cannot be opened or read.</summary>
    public const string FileUnreadable = "MSC0110";

    /// <summary>MSC0503: an output cannot be written (missing or read-only folder, a file where a folder belongs, or a folder where a file belongs).</summary>
    public const string OutputUnwritable = "MSC0503";

    /// <summary>MSC0504: an output is the same file as an input (also through a symbolic or hard link); inputs are never overwritten.</summary>
    public const string OutputIsInput = "MSC0504";

    /// <summary>MSC0505: an output folder is not empty and replacing its content was not asked for (<c>--overwrite</c>).</summary>
    public const string OutputFolderNotEmpty = "MSC0505";

    /// <summary>MSC1001: a participant count exceeds the count it is part of (treated above enrolled, completed above treated, withdrawals above those who started).</summary>
    public const string CountExceedsParent = "MSC1001";

    /// <summary>MSC1002: arm counts exceed the trial's count (one arm, or the arms together).</summary>
    public const string ArmCountExceedsTrial = "MSC1002";

    /// <summary>MSC1003: a result's denominator exceeds the participants of its arm or trial.</summary>
    public const string DenominatorExceedsPopulation = "MSC1003";

    /// <summary>MSC1004: a printed percentage differs from n/N by more than 1 percentage point.</summary>
    public const string PercentDisagreesWithCount = "MSC1004";

    /// <summary>MSC1005: a printed percentage differs from n/N by more than the rounding of its printed digits, by at most 1 point.</summary>
    public const string PercentRounding = "MSC1005";

    /// <summary>MSC1006: an adverse event is reported in more participants than its arm or trial has.</summary>
    public const string AdverseEventExceedsArm = "MSC1006";

    /// <summary>MSC1007: a timepoint lies more than 10% beyond the end of follow-up.</summary>
    public const string TimepointAfterFollowUp = "MSC1007";

    /// <summary>MSC1008: a timepoint lies beyond the end of follow-up by at most 10% (a late visit window?).</summary>
    public const string TimepointNearFollowUp = "MSC1008";

    /// <summary>MSC1009: a period ends before it starts, or starts before the previous period ends.</summary>
    public const string PeriodOutOfOrder = "MSC1009";

    /// <summary>MSC1010: the crossover sequences hold more participants than were randomised.</summary>
    public const string SequencesExceedRandomised = "MSC1010";

    /// <summary>MSC1011: the crossover sequences, all counted, hold fewer participants than were randomised.</summary>
    public const string SequencesBelowRandomised = "MSC1011";

    /// <summary>MSC1012: a point estimate lies outside its own confidence interval.</summary>
    public const string EstimateOutsideInterval = "MSC1012";

    /// <summary>MSC1013: a dose cap is zero.</summary>
    public const string DoseCapNotPositive = "MSC1013";

    /// <summary>MSC1014: a provenance pointer does not resolve to a member of the document.</summary>
    public const string ProvenanceUnresolved = "MSC1014";

    /// <summary>MSC1015: a baseline count (sex, course, Gd+) exceeds the table's N, or its printed percentage disagrees with it.</summary>
    public const string BaselineCountExceedsParticipants = "MSC1015";

    /// <summary>MSC1016: site facts contradict each other (single-centre with several sites, more named sites than the site count).</summary>
    public const string SiteCountContradiction = "MSC1016";

    /// <summary>MSC1017: a release test of kind other has no name.</summary>
    public const string ReleaseTestUnnamed = "MSC1017";

    /// <summary>MSC1018: a result lists more individual values than its participants.</summary>
    public const string IndividualValuesExceedCount = "MSC1018";

    private static readonly FrozenDictionary<string, string> Meanings = new Dictionary<string, string>
    {
        [InvalidUtf8] = "The bytes are not valid UTF-8.",
        [NulCharacter] = "A NUL (U+0000) character in text input.",
        [DuplicateColumn] = "A column name appears more than once in a header.",
        [RaggedRow] = "A row has fewer or more cells than the header.",
        [MissingColumn] = "A required column is missing from the header.",
        [MissingValue] = "A required value is missing (empty or a missing-value token).",
        [UnreadableValue] = "A value is not in the accepted spelling (number, date, boolean or coded value).",
        [OutOfRange] = "A value is outside its allowed range or scale.",
        [EmptyFile] = "The file is empty or has no header row.",
        [MalformedCsv] = "The text is not valid CSV (a stray or unbalanced quote).",
        [NoDataRows] = "The table has a header but no data rows where at least one is needed.",
        [OutputColumnExists] = "An input column has the name of a column the output appends.",
        [AboveTestLimit] = "A timed test above its test limit (T25FW 180 s, 9HPT 300 s): kept and flagged (note).",
        [MissingValueDropped] = "A row without a value of the analysed outcome was dropped, as msprog does (note).",
        [SameDayDuplicate] = "Two rows of one participant on one date: the last row in file order is kept, as msprog does (note).",
        [UnknownParticipant] = "A record names a participant who has no record in the table it belongs to.",
        [DuplicateRecord] = "A record that must be unique (such as a participant id) appears more than once.",
        [NoParticipantRecords] = "A participant who was asked for has no usable records.",
        [LabDirectionContradictsTerm] = "A lab row's direction contradicts its CTCAE term.",
        [FileUnreadable] = "The file cannot be opened or read.",
        [OutputUnwritable] = "An output cannot be written (missing or read-only folder, a file where a folder belongs, or a folder where a file belongs).",
        [OutputIsInput] = "An output is the same file as an input (also through a symbolic or hard link); inputs are never overwritten.",
        [OutputFolderNotEmpty] = "An output folder is not empty and replacing its content was not asked for (--overwrite).",
        [CountExceedsParent] = "A participant count exceeds the count it is part of (treated above enrolled, completed above treated, withdrawals above those who started).",
        [ArmCountExceedsTrial] = "Arm counts exceed the trial's count (one arm, or the arms together).",
        [DenominatorExceedsPopulation] = "A result's denominator exceeds the participants of its arm or trial.",
        [PercentDisagreesWithCount] = "A printed percentage differs from n/N by more than 1 percentage point.",
        [PercentRounding] = "A printed percentage differs from n/N by more than the rounding of its printed digits, by at most 1 point.",
        [AdverseEventExceedsArm] = "An adverse event is reported in more participants than its arm or trial has.",
        [TimepointAfterFollowUp] = "A timepoint lies more than 10% beyond the end of follow-up.",
        [TimepointNearFollowUp] = "A timepoint lies beyond the end of follow-up by at most 10% (a late visit window?).",
        [PeriodOutOfOrder] = "A period ends before it starts, or starts before the previous period ends.",
        [SequencesExceedRandomised] = "The crossover sequences hold more participants than were randomised.",
        [SequencesBelowRandomised] = "The crossover sequences, all counted, hold fewer participants than were randomised.",
        [EstimateOutsideInterval] = "A point estimate lies outside its own confidence interval.",
        [DoseCapNotPositive] = "A dose cap is zero.",
        [ProvenanceUnresolved] = "A provenance pointer does not resolve to a member of the document.",
        [BaselineCountExceedsParticipants] = "A baseline count (sex, course, Gd+) exceeds the table's N, or its printed percentage disagrees with it.",
        [SiteCountContradiction] = "Site facts contradict each other (single-centre with several sites, more named sites than the site count).",
        [ReleaseTestUnnamed] = "A release test of kind other has no name.",
        [IndividualValuesExceedCount] = "A result lists more individual values than its participants.",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every code with its one-line meaning.</summary>
    public static IReadOnlyDictionary<string, string> All => Meanings;

    /// <summary>The meaning of <paramref name="code"/>.</summary>
    /// <param name="code">A code such as <c>MSC0101</c>.</param>
    /// <returns>Its one-line meaning.</returns>
    /// <exception cref="ArgumentException">The code is not defined.</exception>
    public static string MeaningOf(string code) =>
        Meanings.TryGetValue(code, out var meaning)
            ? meaning
            : throw new ArgumentException($"'{code}' is not a MscDomain issue code; see DataIssueCodes.All.", nameof(code));
}
