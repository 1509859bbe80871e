using System.Globalization;
using MscDomain.Common;

namespace MscDomain.Analysis;

/// <summary>
/// Effect sizes y_i and sampling variances v_i exactly as R metafor 3.8's <c>escalc()</c> computes them with its defaults
/// (<c>add = 1/2, to = "only0", drop00 = FALSE, vtype = "LS"</c>; Viechtbauer 2010, <i>J Stat Softw</i> 36(3)).
/// </summary>
/// <remarks>
/// <para>Zero counts (applied before y and v, both use the corrected counts): RR, OR, RD add 1/2 to all four cells of a
/// study with any zero cell (double-zero studies are kept); PR, PLO add 1/2 to x and n − x when x = 0 or x = n; IR, IRLN set
/// x = 1/2 when x = 0; IRR, IRD add 1/2 to both counts when either is 0; PAS has no correction (metafor forces add = 0).</para>
/// <para>Formulas: RR ln(p1/p2), v = 1/a − 1/n1 + 1/c − 1/n2; OR ln(ad/bc), v = 1/a + 1/b + 1/c + 1/d; RD p1 − p2,
/// v = p1(1−p1)/n1 + p2(1−p2)/n2 (Fleiss &amp; Berlin 2009, Handbook of Research Synthesis, 2nd ed., 237–253).
/// MD m1 − m2, v = sd1²/n1 + sd2²/n2 (Borenstein 2009, eq. 12.5). SMD g = c(m)(m1 − m2)/s_p with m = n1 + n2 − 2 and the
/// exact c(m) = Γ(m/2)/[√(m/2) Γ((m−1)/2)] (Hedges 1981, <i>J Educ Stat</i> 6:107), v = 1/n1 + 1/n2 + g²/(2(n1+n2))
/// (Hedges 1982, <i>Psychol Bull</i> 92:490, eq. 8). ROM ln(m1/m2), v = sd1²/(n1 m1²) + sd2²/(n2 m2²) (Hedges, Gurevitch &amp;
/// Curtis 1999, <i>Ecology</i> 80:1150, eq. 1). PR x/n, v = p(1−p)/n; PLO ln[x/(n−x)], v = 1/x + 1/(n−x); PAS arcsin√(x/n),
/// v = 1/(4n); IR x/T, v = x/T²; IRLN ln(x/T), v = 1/x; IRR ln[(x1/T1)/(x2/T2)], v = 1/x1 + 1/x2; IRD x1/T1 − x2/T2,
/// v = x1/T1² + x2/T2² (escalc documentation; Bagos &amp; Nikolopoulos 2009; Rothman, Greenland &amp; Lash 2008).
/// GEN takes yi with vi, or with sei (v = sei²).</para>
/// <para>Where metafor would return a missing value (y or v infinite, undefined or v ≤ 0) this method reports an error
/// issue instead, so nothing is dropped silently.</para>
/// </remarks>
public static class EffectSizes
{
    /// <summary>The scale <paramref name="measure"/> is analysed on.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Its scale.</returns>
    public static EffectScale ScaleOf(EffectMeasure measure) => measure switch
    {
        EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.ROM or EffectMeasure.IRLN or EffectMeasure.IRR => EffectScale.Log,
        EffectMeasure.PLO => EffectScale.Logit,
        EffectMeasure.PAS => EffectScale.ArcsineSquareRoot,
        _ => EffectScale.Identity,
    };

    /// <summary>Back-transforms a value on <paramref name="scale"/> for display: exp, inverse logit, sin², or unchanged.</summary>
    /// <param name="scale">The analysis scale.</param>
    /// <param name="value">A value on that scale (estimate or interval bound).</param>
    /// <returns>The value on the display scale.</returns>
    public static double BackTransform(EffectScale scale, double value) => scale switch
    {
        EffectScale.Log => Math.Exp(value),
        EffectScale.Logit => 1.0 / (1.0 + Math.Exp(-value)),
        EffectScale.ArcsineSquareRoot => Math.Pow(Math.Sin(Math.Clamp(value, 0.0, Math.PI / 2)), 2),
        _ => value,
    };

    /// <summary>The escalc column names <paramref name="measure"/> reads, as alternatives (e.g. RR: <c>ai,bi,ci,di</c> or <c>ai,n1i,ci,n2i</c>).</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>One or more alternative column sets.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> InputColumns(EffectMeasure measure) => measure switch
    {
        EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD => [["ai", "bi", "ci", "di"], ["ai", "n1i", "ci", "n2i"]],
        EffectMeasure.MD or EffectMeasure.SMD or EffectMeasure.ROM => [["m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i"]],
        EffectMeasure.PR or EffectMeasure.PLO or EffectMeasure.PAS => [["xi", "ni"]],
        EffectMeasure.IR or EffectMeasure.IRLN => [["xi", "ti"]],
        EffectMeasure.IRR or EffectMeasure.IRD => [["x1i", "t1i", "x2i", "t2i"]],
        EffectMeasure.GEN => [["yi", "vi"], ["yi", "sei"]],
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not an EffectMeasure."),
    };

    /// <summary>Computes every study's yi and vi for <paramref name="measure"/>, reporting each problem as a located issue.</summary>
    /// <param name="measure">The measure (metafor's name).</param>
    /// <param name="studies">The studies' raw data.</param>
    /// <returns>The usable studies and the issues (errors for unusable studies, notes for zero-cell corrections).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="studies"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An undefined measure.</exception>
    public static EffectSizeSet Compute(EffectMeasure measure, IReadOnlyList<MetaStudyInput> studies)
    {
        ArgumentNullException.ThrowIfNull(studies);
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not an EffectMeasure.");
        }

        var effects = new List<StudyEffect>();
        var issues = new List<DataIssue>();
        if (studies.Count == 0)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.NoStudies, SourceLocation.Unknown, "0",
                "A meta-analysis needs at least one study (k >= 1)."));
        }

        foreach (var s in studies)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(studies));
            var before = issues.Count;
            var effect = measure switch
            {
                EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD => TwoByTwo(measure, s, issues),
                EffectMeasure.MD or EffectMeasure.SMD or EffectMeasure.ROM => Means(measure, s, issues),
                EffectMeasure.PR or EffectMeasure.PLO or EffectMeasure.PAS => Proportion(measure, s, issues),
                EffectMeasure.IR or EffectMeasure.IRLN => Rate(measure, s, issues),
                EffectMeasure.IRR or EffectMeasure.IRD => TwoRates(measure, s, issues),
                _ => Generic(s, issues),
            };
            if (effect is { } e && !issues.Skip(before).Any(i => i.Severity == DataIssueSeverity.Error))
            {
                if (!double.IsFinite(e.Y) || !double.IsFinite(e.V) || e.V <= 0)
                {
                    issues.Add(DataIssue.Error(DataIssueCodes.EffectUndefined, s.Location, $"yi={F(e.Y)}, vi={F(e.V)}",
                        $"Study '{s.Study}': {measure} is undefined for these data (metafor would set the study to missing)."));
                }
                else
                {
                    effects.Add(new StudyEffect(s.Study, e.Y, e.V, e.Corrected, s.Location));
                }
            }
        }

        return new EffectSizeSet(measure, effects, issues);
    }

    private readonly record struct Raw(double Y, double V, bool Corrected);

    private static Raw? TwoByTwo(EffectMeasure measure, MetaStudyInput s, List<DataIssue> issues)
    {
        var a = Need(s, "ai", s.Ai, issues);
        var c = Need(s, "ci", s.Ci, issues);
        double? b, d;
        if (s.Bi is not null || s.Di is not null || s.N1i is null || s.N2i is null)
        {
            b = Need(s, "bi", s.Bi, issues);
            d = Need(s, "di", s.Di, issues);
        }
        else
        {
            var n1 = Count(s, "n1i", s.N1i, issues);
            var n2 = Count(s, "n2i", s.N2i, issues);
            Count(s, "ai", a, issues);
            Count(s, "ci", c, issues);
            if (a is { } av && n1 is { } n1v && av > n1v)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.EventsExceedTotal, s.LocationOf("ai"), F(av),
                    $"Study '{s.Study}': events ai must be <= group size n1i ({F(n1v)})."));
            }

            if (c is { } cv && n2 is { } n2v && cv > n2v)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.EventsExceedTotal, s.LocationOf("ci"), F(cv),
                    $"Study '{s.Study}': events ci must be <= group size n2i ({F(n2v)})."));
            }

            b = n1 - a;
            d = n2 - c;
            if (a is null || b is null || c is null || d is null || b < 0 || d < 0)
            {
                return null;
            }

            return TwoByTwoEffect(measure, a.Value, b.Value, c.Value, d.Value, s, issues);
        }

        Count(s, "ai", a, issues);
        Count(s, "bi", b, issues);
        Count(s, "ci", c, issues);
        Count(s, "di", d, issues);
        if (a is null || b is null || c is null || d is null || a < 0 || b < 0 || c < 0 || d < 0)
        {
            return null;
        }

        return TwoByTwoEffect(measure, a.Value, b.Value, c.Value, d.Value, s, issues);
    }

    private static Raw? TwoByTwoEffect(EffectMeasure measure, double a, double b, double c, double d, MetaStudyInput s, List<DataIssue> issues)
    {
        if (a + b <= 0 || c + d <= 0)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.SampleTooSmall, s.Location, $"n1i={F(a + b)}, n2i={F(c + d)}",
                $"Study '{s.Study}': each group needs at least one participant."));
            return null;
        }

        var corrected = a == 0 || b == 0 || c == 0 || d == 0;
        if (corrected)
        {
            a += 0.5;
            b += 0.5;
            c += 0.5;
            d += 0.5;
            issues.Add(ZeroNote(s, "ai", "a 2x2 cell is 0: 1/2 added to all four cells (metafor escalc add=1/2, to=\"only0\"; double-zero studies kept)"));
        }

        double n1 = a + b, n2 = c + d, p1 = a / n1, p2 = c / n2;
        return measure switch
        {
            EffectMeasure.RR => new Raw(Math.Log(p1 / p2), (1 / a) - (1 / n1) + (1 / c) - (1 / n2), corrected),
            EffectMeasure.OR => new Raw(Math.Log(a * d / (b * c)), (1 / a) + (1 / b) + (1 / c) + (1 / d), corrected),
            _ => new Raw(p1 - p2, (p1 * (1 - p1) / n1) + (p2 * (1 - p2) / n2), corrected),
        };
    }

    private static Raw? Means(EffectMeasure measure, MetaStudyInput s, List<DataIssue> issues)
    {
        var m1 = Need(s, "m1i", s.M1i, issues);
        var sd1 = Spread(s, "sd1i", Need(s, "sd1i", s.Sd1i, issues), issues);
        var n1 = Size(s, "n1i", Need(s, "n1i", s.N1i, issues), issues);
        var m2 = Need(s, "m2i", s.M2i, issues);
        var sd2 = Spread(s, "sd2i", Need(s, "sd2i", s.Sd2i, issues), issues);
        var n2 = Size(s, "n2i", Need(s, "n2i", s.N2i, issues), issues);
        if (m1 is not { } a || sd1 is not { } s1 || n1 is not { } k1 || m2 is not { } b || sd2 is not { } s2 || n2 is not { } k2)
        {
            return null;
        }

        switch (measure)
        {
            case EffectMeasure.MD:
                return new Raw(a - b, (s1 * s1 / k1) + (s2 * s2 / k2), false);
            case EffectMeasure.SMD:
                {
                    var m = k1 + k2 - 2;
                    if (m <= 1)
                    {
                        issues.Add(DataIssue.Error(DataIssueCodes.SampleTooSmall, s.LocationOf("n1i"), $"n1i+n2i={F(k1 + k2)}",
                            $"Study '{s.Study}': SMD needs n1i + n2i - 2 > 1 for the exact bias correction c(m) (Hedges 1981)."));
                        return null;
                    }

                    var sp = Math.Sqrt((((k1 - 1) * s1 * s1) + ((k2 - 1) * s2 * s2)) / m);
                    var cm = Math.Exp(SpecialFunctions.LogGamma(m / 2) - (0.5 * Math.Log(m / 2)) - SpecialFunctions.LogGamma((m - 1) / 2));
                    var g = cm * (a - b) / sp;
                    return new Raw(g, (1 / k1) + (1 / k2) + (g * g / (2 * (k1 + k2))), false);
                }

            default:
                if (!(a / b > 0))
                {
                    issues.Add(DataIssue.Error(DataIssueCodes.EffectUndefined, s.LocationOf("m1i"), $"m1i={F(a)}, m2i={F(b)}",
                        $"Study '{s.Study}': ROM needs means of the same sign, both non-zero (log of m1i/m2i)."));
                    return null;
                }

                return new Raw(Math.Log(a / b), (s1 * s1 / (k1 * a * a)) + (s2 * s2 / (k2 * b * b)), false);
        }
    }

    private static Raw? Proportion(EffectMeasure measure, MetaStudyInput s, List<DataIssue> issues)
    {
        var x = Count(s, "xi", Need(s, "xi", s.Xi, issues), issues);
        var n = Size(s, "ni", Need(s, "ni", s.Ni, issues), issues);
        if (x is not { } xv || n is not { } nv)
        {
            return null;
        }

        if (xv > nv)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.EventsExceedTotal, s.LocationOf("xi"), F(xv),
                $"Study '{s.Study}': events xi must be <= sample size ni ({F(nv)})."));
            return null;
        }

        if (measure == EffectMeasure.PAS)
        {
            return new Raw(Math.Asin(Math.Sqrt(xv / nv)), 1 / (4 * nv), false);
        }

        var corrected = xv == 0 || xv == nv;
        if (corrected)
        {
            xv += 0.5;
            nv += 1;
            issues.Add(ZeroNote(s, "xi", "xi is 0 or ni: 1/2 added to xi and to ni - xi (metafor escalc add=1/2, to=\"only0\")"));
        }

        var p = xv / nv;
        return measure == EffectMeasure.PR
            ? new Raw(p, p * (1 - p) / nv, corrected)
            : new Raw(Math.Log(xv / (nv - xv)), (1 / xv) + (1 / (nv - xv)), corrected);
    }

    private static Raw? Rate(EffectMeasure measure, MetaStudyInput s, List<DataIssue> issues)
    {
        var x = Count(s, "xi", Need(s, "xi", s.Xi, issues), issues);
        var t = Time(s, "ti", Need(s, "ti", s.Ti, issues), issues);
        if (x is not { } xv || t is not { } tv)
        {
            return null;
        }

        var corrected = xv == 0;
        if (corrected)
        {
            xv = 0.5;
            issues.Add(ZeroNote(s, "xi", "xi is 0: xi set to 1/2 (metafor escalc add=1/2, to=\"only0\")"));
        }

        return measure == EffectMeasure.IR
            ? new Raw(xv / tv, xv / (tv * tv), corrected)
            : new Raw(Math.Log(xv / tv), 1 / xv, corrected);
    }

    private static Raw? TwoRates(EffectMeasure measure, MetaStudyInput s, List<DataIssue> issues)
    {
        var x1 = Count(s, "x1i", Need(s, "x1i", s.X1i, issues), issues);
        var t1 = Time(s, "t1i", Need(s, "t1i", s.T1i, issues), issues);
        var x2 = Count(s, "x2i", Need(s, "x2i", s.X2i, issues), issues);
        var t2 = Time(s, "t2i", Need(s, "t2i", s.T2i, issues), issues);
        if (x1 is not { } a || t1 is not { } ta || x2 is not { } b || t2 is not { } tb)
        {
            return null;
        }

        var corrected = a == 0 || b == 0;
        if (corrected)
        {
            a += 0.5;
            b += 0.5;
            issues.Add(ZeroNote(s, "x1i", "an event count is 0: 1/2 added to x1i and x2i (metafor escalc add=1/2, to=\"only0\"; double-zero studies kept)"));
        }

        return measure == EffectMeasure.IRR
            ? new Raw(Math.Log(a / ta / (b / tb)), (1 / a) + (1 / b), corrected)
            : new Raw((a / ta) - (b / tb), (a / (ta * ta)) + (b / (tb * tb)), corrected);
    }

    private static Raw? Generic(MetaStudyInput s, List<DataIssue> issues)
    {
        var y = Need(s, "yi", s.Yi, issues);
        double? v;
        if (s.Vi is null && s.Sei is { } se)
        {
            if (!double.IsFinite(se) || se <= 0)
            {
                issues.Add(DataIssue.Error(DataIssueCodes.NonPositiveVariance, s.LocationOf("sei"), F(se),
                    $"Study '{s.Study}': a standard error sei must be finite and > 0."));
                return null;
            }

            v = se * se;
        }
        else
        {
            v = Need(s, "vi", s.Vi, issues);
            if (v is { } vv && (!double.IsFinite(vv) || vv <= 0))
            {
                issues.Add(DataIssue.Error(DataIssueCodes.NonPositiveVariance, s.LocationOf("vi"), F(vv),
                    $"Study '{s.Study}': a sampling variance vi must be finite and > 0."));
                return null;
            }
        }

        return y is { } yv && v is { } vf ? new Raw(yv, vf, false) : null;
    }

    private static double? Need(MetaStudyInput s, string field, double? value, List<DataIssue> issues)
    {
        if (value is not { } v)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.MissingValue, s.LocationOf(field), null,
                $"Study '{s.Study}': {field} is required for this measure."));
            return null;
        }

        if (!double.IsFinite(v))
        {
            issues.Add(DataIssue.Error(DataIssueCodes.OutOfRange, s.LocationOf(field), F(v),
                $"Study '{s.Study}': {field} must be a finite number."));
            return null;
        }

        return v;
    }

    private static double? Count(MetaStudyInput s, string field, double? value, List<DataIssue> issues)
    {
        if (value is { } v && v < 0)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.NegativeCount, s.LocationOf(field), F(v),
                $"Study '{s.Study}': the count {field} must be >= 0."));
            return null;
        }

        return value;
    }

    private static double? Size(MetaStudyInput s, string field, double? value, List<DataIssue> issues)
    {
        if (value is { } v && v < 1)
        {
            issues.Add(DataIssue.Error(v < 0 ? DataIssueCodes.NegativeCount : DataIssueCodes.SampleTooSmall, s.LocationOf(field), F(v),
                $"Study '{s.Study}': the sample size {field} must be >= 1."));
            return null;
        }

        return value;
    }

    private static double? Time(MetaStudyInput s, string field, double? value, List<DataIssue> issues)
    {
        if (value is { } v && v <= 0)
        {
            issues.Add(DataIssue.Error(v < 0 ? DataIssueCodes.NegativeCount : DataIssueCodes.SampleTooSmall, s.LocationOf(field), F(v),
                $"Study '{s.Study}': the person-time {field} must be > 0."));
            return null;
        }

        return value;
    }

    private static double? Spread(MetaStudyInput s, string field, double? value, List<DataIssue> issues)
    {
        if (value is { } v && v <= 0)
        {
            issues.Add(DataIssue.Error(DataIssueCodes.NonPositiveSpread, s.LocationOf(field), F(v),
                $"Study '{s.Study}': the standard deviation {field} must be > 0."));
            return null;
        }

        return value;
    }

    private static DataIssue ZeroNote(MetaStudyInput s, string field, string what) =>
        DataIssue.Note(DataIssueCodes.ZeroCellCorrected, s.LocationOf(field), Values(s, field), $"Study '{s.Study}': {what}.");

    /// <summary>The counts of the study's table as text (e.g. <c>ai=0, bi=10, ci=2, di=8</c>), for the zero-cell note.</summary>
    private static string Values(MetaStudyInput s, string field) => field switch
    {
        "ai" => string.Join(", ", new[] { ("ai", s.Ai), ("bi", s.Bi), ("ci", s.Ci), ("di", s.Di), ("n1i", s.N1i), ("n2i", s.N2i) }
            .Where(x => x.Item2 is not null).Select(x => x.Item1 + "=" + F(x.Item2!.Value))),
        "x1i" => $"x1i={F(s.X1i ?? double.NaN)}, x2i={F(s.X2i ?? double.NaN)}",
        _ => $"xi={F(s.Xi ?? double.NaN)}" + (s.Ni is { } n ? $", ni={F(n)}" : string.Empty),
    };

    private static string F(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
