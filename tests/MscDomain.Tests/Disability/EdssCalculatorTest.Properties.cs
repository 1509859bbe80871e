using MscDomain.Outcomes;
using FsCheck.Xunit;
using MscDomain.Disability;

namespace MscDomain.Tests.Disability;

/// <summary>Invariants: EDSS non-decreasing in every FS grade and in ambulation (§4.2); FS alone never above 5.0.</summary>
public sealed partial class EdssCalculatorTest
{
    private static readonly FunctionalSystem[] Seven =
    [
        FunctionalSystem.Pyramidal, FunctionalSystem.Cerebellar, FunctionalSystem.Brainstem, FunctionalSystem.Sensory,
        FunctionalSystem.BowelBladder, FunctionalSystem.Visual, FunctionalSystem.Cerebral,
    ];

    private static int Mod(int x, int m) => ((x % m) + m) % m;

    private static int[] Grades(int[] raw) =>
        Seven.Select((s, i) => Mod(i < raw.Length ? raw[i] : 0, FunctionalSystemGrade.MaximumGrade(s) + 1)).ToArray();

    private static decimal? StepOf(int[] g, int amb, EdssFromFsOptions? o = null) => Step(g[0], g[1], g[2], g[3], g[4], g[5], g[6], amb, o);

    [Property(MaxTest = 500)]
    public bool Edss_never_decreases_when_one_grade_rises(int[] raw, int which, int amb)
    {
        var g = Grades(raw ?? []);
        var i = Mod(which, 7);
        var a = Mod(amb, 17);
        if (g[i] == FunctionalSystemGrade.MaximumGrade(Seven[i]))
        {
            return true;
        }

        var before = StepOf(g, a);
        g[i]++;
        return StepOf(g, a) >= before;
    }

    [Property(MaxTest = 500)]
    public bool Edss_never_decreases_when_ambulation_rises(int[] raw, int amb)
    {
        var g = Grades(raw ?? []);
        var a = Mod(amb, 16);
        return StepOf(g, a + 1) >= StepOf(g, a);
    }

    [Property(MaxTest = 300)]
    public bool FS_grades_alone_never_exceed_5_0_and_walking_is_a_floor(int[] raw, int amb)
    {
        var g = Grades(raw ?? []);
        var a = Mod(amb, 17);
        var result = EdssCalculator.FromFunctionalSystems(g[0], g[1], g[2], g[3], g[4], g[5], g[6], a);
        return result.FunctionalSystemStep.Value <= 5.0m
            && result.Edss?.Value >= result.FunctionalSystemStep.Value
            && (result.AmbulationStep is not { } w || result.Edss >= w);
    }

    [Property(MaxTest = 300)]
    public bool Contested_flag_means_the_other_convention_differs(int[] raw, int amb)
    {
        var g = Grades(raw ?? []);
        var a = Mod(amb, 17);
        var def = EdssCalculator.FromFunctionalSystems(g[0], g[1], g[2], g[3], g[4], g[5], g[6], a);
        var js = StepOf(g, a, EdssFromFsOptions.JavaScriptCalculator);
        var r = StepOf(g, a, EdssFromFsOptions.RCalculator);

        // If both calculators' conventions agree with the default, nothing can be contested.
        return !(js == def.Edss?.Value && r == def.Edss?.Value) || !def.IsContested;
    }
}
