using System.Globalization;
using MscDomain.Outcomes;

namespace MscDomain.Disability;

/// <summary>
/// The EDSS step derived from functional-system grades and the ambulation score, with every
/// intermediate value and the rule that decided it.
/// </summary>
/// <remarks>
/// <para>Final EDSS = the higher of the FS-implied step (<see cref="FunctionalSystemStep"/>, never above
/// 5.0) and the walking-implied step (<see cref="AmbulationStep"/>), except where an R-calculator cap
/// (decisions D4/D5) was chosen in <see cref="Options"/> (Kurtzke 1983; Neurostatus-EDSS v04/10.2;
/// domain reference disability.md §4).</para>
/// <para><see cref="ContestedDecisions"/> lists the decision points at which the other published
/// calculator convention would give a different final EDSS for this input. Contested results must
/// not be used as test expectations until the official Neurostatus table is checked.</para>
/// </remarks>
/// <param name="Edss">The final EDSS step; <see langword="null"/> ("no value") only when the options reproduce a calculator that gives
/// none for the pattern (<see cref="EdssFromFsOptions.UnmatchedPatternHasNoValue"/>; <see cref="Basis"/> is then <see cref="EdssFromFsBasis.NoValue"/>).</param>
/// <param name="Basis">Whether the FS grades, walking, or both (equal) set the final step.</param>
/// <param name="FunctionalSystemStep">The FS-implied step (0–5.0) for a patient walking unrestricted.</param>
/// <param name="Pattern">The row of the FS-combination table that set <paramref name="FunctionalSystemStep"/>.</param>
/// <param name="Counts">How many systems reached each converted grade.</param>
/// <param name="Ambulation">The ambulation score used.</param>
/// <param name="AmbulationStep">The walking-implied step (score 1 → floor 2.0), or <see langword="null"/> for score 0.</param>
/// <param name="ContestedDecisions">Decision points where the other calculator convention changes the result (empty when uncontested).</param>
/// <param name="Options">The decision-point options used.</param>
public sealed record EdssFromFsResult(
    EdssScore? Edss,
    EdssFromFsBasis Basis,
    EdssScore FunctionalSystemStep,
    EdssFromFsPattern Pattern,
    FunctionalSystemGradeCounts Counts,
    AmbulationScore Ambulation,
    EdssScore? AmbulationStep,
    IReadOnlyList<EdssFromFsDecision> ContestedDecisions,
    EdssFromFsOptions Options)
{
    /// <summary>Whether any decision point changes the result for this input (see <see cref="ContestedDecisions"/>).</summary>
    public bool IsContested => ContestedDecisions.Count > 0;

    /// <summary>Whether the options give an EDSS for this pattern (<see cref="Edss"/> is not <see langword="null"/>).</summary>
    public bool HasValue => Edss.HasValue;

    /// <summary>A one-line explanation of the deciding rule, e.g. <c>fs:OneGrade3WithOneOrTwoGrade2=3.5</c>,
    /// <c>ambulation:4=5.5</c>, <c>fs:TwoGrade3=3.5;ambulation:1=2.0</c> (equal), with <c>;contested:D2</c>
    /// appended when contested. Used in the <c>edss_rule</c> CSV column.</summary>
    public string Rule
    {
        get
        {
            var fs = $"fs:{Pattern}={FunctionalSystemStep}";
            var walk = $"ambulation:{Ambulation.Score.ToString(CultureInfo.InvariantCulture)}={(AmbulationStep?.ToString() ?? "none")}";
            var capped = Basis == EdssFromFsBasis.Ambulation && AmbulationStep is { } a && a != Edss ? $"->cap={Edss}" : string.Empty;
            var text = Basis switch
            {
                EdssFromFsBasis.NoValue => "no-value:" + fs,
                EdssFromFsBasis.FunctionalSystems => fs,
                EdssFromFsBasis.Ambulation => walk + capped,
                _ => fs + ";" + walk,
            };
            return IsContested ? text + ";contested:" + string.Join('+', ContestedDecisions.Select(DecisionId)) : text;
        }
    }

    /// <summary>The short id of a decision point (<c>D1</c> … <c>D6</c>).</summary>
    /// <param name="decision">The decision point.</param>
    /// <returns>The id as used in disability.md §4.4.</returns>
    public static string DecisionId(EdssFromFsDecision decision) => "D" + ((int)decision + 1).ToString(CultureInfo.InvariantCulture);
}
