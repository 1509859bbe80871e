using MscDomain.Common;
using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

public sealed class NaranjoScaleTest
{
    private static NaranjoAnswer?[] AllDontKnow() => Enumerable.Repeat<NaranjoAnswer?>(NaranjoAnswer.DontKnow, 10).ToArray();

    private static NaranjoAnswer?[] With(params (int Q, NaranjoAnswer A)[] answers)
    {
        var a = AllDontKnow();
        foreach (var (q, ans) in answers)
        {
            a[q - 1] = ans;
        }

        return a;
    }

    // Naranjo et al. 1981, Table: yes / no / don't know points for questions 1-10 (safety.md §11.2).
    [Theory]
    [InlineData(1, 1, 0)]
    [InlineData(2, 2, -1)]
    [InlineData(3, 1, 0)]
    [InlineData(4, 2, -1)]
    [InlineData(5, -1, 2)]
    [InlineData(6, -1, 1)]
    [InlineData(7, 1, 0)]
    [InlineData(8, 1, 0)]
    [InlineData(9, 1, 0)]
    [InlineData(10, 1, 0)]
    public void Each_question_scores_as_in_naranjo_1981(int q, int yes, int no)
    {
        NaranjoScale.Score(With((q, NaranjoAnswer.Yes))).Total.Should().Be(yes);
        NaranjoScale.Score(With((q, NaranjoAnswer.No))).Total.Should().Be(no);
        NaranjoScale.Score(With((q, NaranjoAnswer.DontKnow))).Total.Should().Be(0);
        NaranjoScale.PointsFor(q, NaranjoAnswer.Yes).Should().Be(yes);
        NaranjoScale.PointsFor(q, NaranjoAnswer.No).Should().Be(no);
        NaranjoScale.PointsFor(q, NaranjoAnswer.DontKnow).Should().Be(0);
    }

    [Theory]
    [InlineData(9, NaranjoCategory.Definite)]
    [InlineData(8, NaranjoCategory.Probable)]
    [InlineData(5, NaranjoCategory.Probable)]
    [InlineData(4, NaranjoCategory.Possible)]
    [InlineData(1, NaranjoCategory.Possible)]
    [InlineData(0, NaranjoCategory.Doubtful)]
    [InlineData(-4, NaranjoCategory.Doubtful)]
    [InlineData(13, NaranjoCategory.Definite)]
    public void Category_boundaries_9_8_5_4_1_0(int total, NaranjoCategory expected) =>
        NaranjoScale.CategoryOf(total).Should().Be(expected);

    [Fact]
    public void Total_9_from_answers_is_definite_and_8_is_probable()
    {
        var eight = With((1, NaranjoAnswer.Yes), (2, NaranjoAnswer.Yes), (3, NaranjoAnswer.Yes), (4, NaranjoAnswer.Yes), (5, NaranjoAnswer.No));
        var r8 = NaranjoScale.Score(eight);
        r8.Total.Should().Be(8);
        r8.Category.Should().Be(NaranjoCategory.Probable);
        eight[9] = NaranjoAnswer.Yes;
        var r9 = NaranjoScale.Score(eight);
        r9.Total.Should().Be(9);
        r9.Category.Should().Be(NaranjoCategory.Definite);
    }

    [Fact]
    public void Total_5_is_probable_and_4_is_possible()
    {
        var four = With((1, NaranjoAnswer.Yes), (2, NaranjoAnswer.Yes), (3, NaranjoAnswer.Yes));
        NaranjoScale.Score(four).Should().Match<NaranjoResult>(r => r.Total == 4 && r.Category == NaranjoCategory.Possible);
        four[6] = NaranjoAnswer.Yes;
        NaranjoScale.Score(four).Should().Match<NaranjoResult>(r => r.Total == 5 && r.Category == NaranjoCategory.Probable);
    }

    [Fact]
    public void Total_1_is_possible_and_0_is_doubtful()
    {
        NaranjoScale.Score(AllDontKnow()).Should().Match<NaranjoResult>(r => r.Total == 0 && r.Category == NaranjoCategory.Doubtful);
        NaranjoScale.Score(With((9, NaranjoAnswer.Yes))).Should().Match<NaranjoResult>(r => r.Total == 1 && r.Category == NaranjoCategory.Possible);
    }

    [Fact]
    public void Negative_items_reach_the_minimum_of_minus_4()
    {
        var r = NaranjoScale.Score(With((2, NaranjoAnswer.No), (4, NaranjoAnswer.No), (5, NaranjoAnswer.Yes), (6, NaranjoAnswer.Yes)));
        r.Total.Should().Be(-4);
        r.Category.Should().Be(NaranjoCategory.Doubtful);
        r.Points.Should().Equal(0, -1, 0, -1, -1, -1, 0, 0, 0, 0);
    }

    [Fact]
    public void Single_msc_infusion_with_q3_q4_q7_q8_unknown_has_ceiling_8_and_definite_unreachable()
    {
        var r = NaranjoScale.Score(With((1, NaranjoAnswer.Yes), (2, NaranjoAnswer.Yes), (5, NaranjoAnswer.No), (6, NaranjoAnswer.No),
            (9, NaranjoAnswer.Yes), (10, NaranjoAnswer.Yes)));
        r.Total.Should().Be(8);
        r.Ceiling.Should().Be(8);
        r.DefiniteReachable.Should().BeFalse();
        r.Issues.Should().ContainSingle(i => i.Severity == DataIssueSeverity.Warning && i.Rule.Contains("unreachable"));
    }

    [Fact]
    public void Missing_answer_scores_as_dont_know_with_a_warning_naming_the_question()
    {
        var a = With((1, NaranjoAnswer.Yes));
        a[6] = null;
        var r = NaranjoScale.Score(a);
        r.Total.Should().Be(1);
        r.Issues.Should().Contain(i => i.Field == "Q7" && i.Severity == DataIssueSeverity.Warning);
    }

    [Fact]
    public void Missing_answer_is_rejected_under_the_reject_policy()
    {
        var a = AllDontKnow();
        a[2] = null;
        a[8] = null;
        var r = NaranjoScale.Score(a, new NaranjoOptions { MissingAnswer = NaranjoMissingAnswer.Reject });
        r.IsValid.Should().BeFalse();
        r.Category.Should().BeNull();
        r.Issues.Select(i => i.Field).Should().Equal("Q3", "Q9");
    }

    [Fact]
    public void Invalid_answer_value_is_rejected()
    {
        var a = AllDontKnow();
        a[4] = (NaranjoAnswer)7;
        var r = NaranjoScale.Score(a);
        r.IsValid.Should().BeFalse();
        r.Issues.Should().ContainSingle(i => i.Field == "Q5" && i.Severity == DataIssueSeverity.Error);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(11)]
    public void Wrong_number_of_answers_is_rejected(int count) =>
        NaranjoScale.Score(Enumerable.Repeat<NaranjoAnswer?>(NaranjoAnswer.Yes, count).ToArray()).IsValid.Should().BeFalse();

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    public void Question_number_outside_1_to_10_throws(int q) =>
        FluentActions.Invoking(() => NaranjoScale.PointsFor(q, NaranjoAnswer.Yes)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("question");
}
