using MscDomain.Disease;

namespace MscDomain.Tests.Disease;

/// <summary>Lublin et al., Neurology 2014: the progression modifier applies to progressive courses only.</summary>
public sealed class DiseaseCourseTest
{
    [Theory]
    [InlineData(BaseCourse.SecondaryProgressive, ProgressionModifier.WithProgression)]
    [InlineData(BaseCourse.PrimaryProgressive, ProgressionModifier.WithoutProgression)]
    [InlineData(BaseCourse.PrimaryProgressive, ProgressionModifier.Indeterminate)]
    [InlineData(BaseCourse.RelapsingRemitting, ProgressionModifier.NotApplicable)]
    [InlineData(BaseCourse.ClinicallyIsolatedSyndrome, ProgressionModifier.NotApplicable)]
    public void Valid_combinations_are_accepted(BaseCourse course, ProgressionModifier progression) =>
        new DiseaseCourse(course, ActivityModifier.Active, progression).Progression.Should().Be(progression);

    [Theory]
    [InlineData(BaseCourse.RelapsingRemitting, ProgressionModifier.WithProgression)]
    [InlineData(BaseCourse.ClinicallyIsolatedSyndrome, ProgressionModifier.Indeterminate)]
    [InlineData(BaseCourse.SecondaryProgressive, ProgressionModifier.NotApplicable)]
    [InlineData(BaseCourse.PrimaryProgressive, ProgressionModifier.NotApplicable)]
    public void Invalid_combinations_are_rejected(BaseCourse course, ProgressionModifier progression)
    {
        var act = () => new DiseaseCourse(course, ActivityModifier.NotActive, progression);
        act.Should().Throw<ArgumentException>().WithParameterName("Progression").WithMessage("*Lublin 2014*");
    }

    [Fact]
    public void Retired_progressive_relapsing_maps_to_active_PPMS()
    {
        var c = DiseaseCourse.FromProgressiveRelapsing();
        c.Base.Should().Be(BaseCourse.PrimaryProgressive);
        c.Activity.Should().Be(ActivityModifier.Active);
    }

    [Fact]
    public void Unassessed_course_is_indeterminate()
    {
        DiseaseCourse.Unassessed(BaseCourse.SecondaryProgressive).Progression.Should().Be(ProgressionModifier.Indeterminate);
        DiseaseCourse.Unassessed(BaseCourse.RelapsingRemitting).Progression.Should().Be(ProgressionModifier.NotApplicable);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Look_back_is_at_least_one_month(int months, bool ok)
    {
        var act = () => new DiseaseCourse(BaseCourse.RelapsingRemitting, ActivityModifier.Active, ProgressionModifier.NotApplicable, LookBackMonths: months);
        if (ok)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("LookBackMonths");
        }
    }
}
