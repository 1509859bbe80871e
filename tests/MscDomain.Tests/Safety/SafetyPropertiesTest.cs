using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using MscDomain.AdverseEvents;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

public sealed class SafetyPropertiesTest
{
    [Property]
    public bool Serious_iff_any_criterion_whatever_the_grade(byte flags, byte grade)
    {
        var c = (SeriousnessCriteria)(flags & 63);
        var g = 1 + (grade % 5);
        var ae = new AdverseEvent("A", "x", severity: new AdverseEventSeverity(g, CtcaeVersion.V5_0), seriousnessCriteria: c);
        var r = SeriousnessClassifier.Classify(ae);
        return r.IsSerious == (c != SeriousnessCriteria.None) && r.CriteriaList.Count == System.Numerics.BitOperations.PopCount((uint)c);
    }

    [Property]
    public bool Deadlines_are_never_before_day_0(int dayOffset, bool fatal)
    {
        var day0 = new LocalDate(2000, 1, 1).PlusDays(Math.Abs(dayOffset % 40_000));
        var clock = ReportingDeadlines.For(day0, fatal);
        return clock.InitialReportDue >= day0
            && clock.InitialReportDue == day0.PlusDays(fatal ? 7 : 15)
            && (clock.CompleteReportDue is null ? !fatal : clock.CompleteReportDue >= clock.InitialReportDue);
    }

    [Property]
    public bool Susar_deadlines_are_never_before_the_awareness_date(byte flags, bool invRelated, bool spoRelated, int dayOffset, int upgradeLag)
    {
        var day0 = new LocalDate(2020, 1, 1).PlusDays(Math.Abs(dayOffset % 3_000));
        var ae = new AdverseEvent("A", "x", seriousnessCriteria: (SeriousnessCriteria)(flags & 63),
            expectedness: Expectedness.UnexpectedByType,
            investigatorCausality: new CausalityAssessment(invRelated ? CausalityCategory.Related : CausalityCategory.NotRelated),
            sponsorCausality: new CausalityAssessment(spoRelated ? CausalityCategory.Possible : CausalityCategory.Unlikely),
            sponsorAwareDate: day0,
            sponsorAwareOfUpgradeDate: upgradeLag % 2 == 0 ? day0.PlusDays(Math.Abs(upgradeLag % 100)) : null);
        var r = SusarClassifier.Classify(ae);
        return r.IsSusar == ((flags & 63) != 0 && (invRelated || spoRelated))
            && r.Clocks.All(c => c.InitialReportDue >= day0 && c.Day0 >= day0);
    }

    [Property]
    public bool Study_day_is_never_zero(int a, int b)
    {
        var anchor = new LocalDate(2020, 1, 1).PlusDays(a % 5_000);
        var date = new LocalDate(2020, 1, 1).PlusDays(b % 5_000);
        var d = StudyDay.Of(date, anchor);
        return d != 0 && (date >= anchor) == (d > 0);
    }

    [Property]
    public bool Naranjo_total_is_within_minus_4_and_13(byte[] raw)
    {
        var answers = Enumerable.Range(0, 10).Select(i => (NaranjoAnswer?)(NaranjoAnswer)(1 + ((raw.Length > i ? raw[i] : 0) % 3))).ToArray();
        var r = NaranjoScale.Score(answers);
        return r.Total is >= -4 and <= 13 && r.Category == NaranjoScale.CategoryOf(r.Total!.Value) && r.Ceiling >= r.Total;
    }
}
