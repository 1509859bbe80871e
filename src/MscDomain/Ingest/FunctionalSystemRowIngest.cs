using System.Globalization;
using MscDomain.Common;
using MscDomain.Disability;
using MscDomain.Outcomes;

namespace MscDomain.Ingest;

/// <summary>
/// Reads functional-system (FS) examinations, one per row, for EDSS derivation: the one place for the FS table's columns
/// and grade spellings.
/// </summary>
/// <remarks>Columns: <c>id</c>, <c>date</c> (ISO), <c>pyramidal</c> (0–6), <c>cerebellar</c> (0–5), <c>brainstem</c>
/// (0–5), <c>sensory</c> (0–6), <c>bowel_bladder</c> (0–6, raw), <c>visual</c> (0–6, raw), <c>cerebral</c> (0–5) and
/// <c>ambulation</c> (Neurostatus ambulation score 0–16). A grade may carry the Neurostatus "X" suffix (<c>3X</c>: scoring
/// limited), kept but scored as the number (Kurtzke 1983; Neurostatus-eEDSS definitions, Kappos 2011).</remarks>
public sealed class FunctionalSystemRowIngest
{
    private static readonly (string Column, FunctionalSystem System)[] Systems =
    [
        ("pyramidal", FunctionalSystem.Pyramidal),
        ("cerebellar", FunctionalSystem.Cerebellar),
        ("brainstem", FunctionalSystem.Brainstem),
        ("sensory", FunctionalSystem.Sensory),
        ("bowel_bladder", FunctionalSystem.BowelBladder),
        ("visual", FunctionalSystem.Visual),
        ("cerebral", FunctionalSystem.Cerebral),
    ];

    private readonly RawRecord _record;
    private readonly int _id, _date, _ambulation;
    private readonly int[] _systems;

    /// <summary>The required columns, in the documented order.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
        ["id", "date", "pyramidal", "cerebellar", "brainstem", "sensory", "bowel_bladder", "visual", "cerebral", "ambulation"];

    /// <summary>Resolves the columns once; problems go to <paramref name="issues"/>.</summary>
    /// <param name="header">The header.</param>
    /// <param name="issues">Where problems go.</param>
    public FunctionalSystemRowIngest(RawHeader header, ICollection<DataIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(issues);
        foreach (var i in header.Issues)
        {
            issues.Add(i);
        }

        _record = new RawRecord(header, issues);
        _id = header.Require("id", "the participant id", issues);
        _date = header.Require("date", "the examination date", issues);
        _systems = Systems.Select(s => header.Require(s.Column, $"the {s.System} FS grade", issues)).ToArray();
        _ambulation = header.Require("ambulation", "the Neurostatus ambulation score", issues);
    }

    /// <summary>Reads one row.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The examination, or <see langword="null"/> when the row has an error (added to the issues).</returns>
    public FunctionalSystemRow? Read(RawRow row)
    {
        if (!_record.Load(row))
        {
            return null;
        }

        var id = _record.String(_id, required: true);
        var date = _record.Date(_date, required: true);
        var grades = new FunctionalSystemGrade?[Systems.Length];
        for (var s = 0; s < Systems.Length; s++)
        {
            grades[s] = Grade(_systems[s], Systems[s].System);
        }

        var amb = _record.Int32(_ambulation, required: true);
        if (amb is < 0 or > AmbulationScore.MaximumScore)
        {
            _record.Error(DataIssueCodes.OutOfRange, _ambulation, _record.Raw(_ambulation),
                $"is outside 0 to {AmbulationScore.MaximumScore.ToString(CultureInfo.InvariantCulture)}, the Neurostatus ambulation score.");
        }

        if (_record.RowErrors > 0)
        {
            return null;
        }

        var scores = new FunctionalSystemScores(grades[0]!.Value, grades[1]!.Value, grades[2]!.Value, grades[3]!.Value, grades[4]!.Value, grades[5]!.Value, grades[6]!.Value);
        return new FunctionalSystemRow(row.Line, id!, date!.Value, scores, new AmbulationScore(amb!.Value));
    }

    private FunctionalSystemGrade? Grade(int column, FunctionalSystem system)
    {
        var max = FunctionalSystemGrade.MaximumGrade(system);
        var rule = $"the {system} grade is 0 to {max.ToString(CultureInfo.InvariantCulture)} (Kurtzke 1983 / Neurostatus), optionally followed by X";
        var text = _record.Raw(column);
        if (text is null || IngestText.IsMissing(text))
        {
            _record.Error(DataIssueCodes.MissingValue, column, null, $"the value is missing; {rule}.");
            return null;
        }

        var flagged = text.EndsWith('X') || text.EndsWith('x');
        var digits = flagged ? text[..^1] : text;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var grade))
        {
            _record.Error(DataIssueCodes.UnreadableValue, column, text, $"is not a whole-number grade; {rule}.");
            return null;
        }

        if (grade > max)
        {
            _record.Error(DataIssueCodes.OutOfRange, column, text, $"is out of range; {rule}.");
            return null;
        }

        return new FunctionalSystemGrade(system, grade, flagged);
    }
}
