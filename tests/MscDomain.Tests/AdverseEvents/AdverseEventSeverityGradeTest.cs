using MscDomain.Serialization;
using MscDomain.AdverseEvents;

namespace MscDomain.Tests.AdverseEvents;

/// <summary>A reported AE severity (1–5) and a computed CTCAE grade (0–5) convert into each other.</summary>
public sealed class AdverseEventSeverityGradeTest
{
    [Theory]
    [InlineData(1, CtcaeVersion.V5_0)]
    [InlineData(5, CtcaeVersion.V6_0)]
    public void A_reported_severity_converts_to_the_same_ctcae_grade_and_back(int grade, CtcaeVersion version)
    {
        var severity = new AdverseEventSeverity(grade, version);
        var computed = severity.ToCtcaeGrade();
        computed.Should().Be(new CtcaeGrade(grade, version));
        ((CtcaeGrade)severity).Should().Be(computed);
        new AdverseEventSeverity(computed).Should().Be(severity);
    }

    [Fact]
    public void A_computed_grade_0_is_not_a_reported_adverse_event() =>
        FluentActions.Invoking(() => new AdverseEventSeverity(new CtcaeGrade(0, CtcaeVersion.V5_0)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("grade").WithMessage("*1 to 5*");

    [Fact]
    public void A_default_severity_has_no_ctcae_grade() =>
        FluentActions.Invoking(() => default(AdverseEventSeverity).ToCtcaeGrade()).Should().Throw<ArgumentOutOfRangeException>();

    [Fact]
    public void The_wire_form_of_a_severity_is_unchanged() =>
        MscDomainJson.Serialize(new AdverseEventSeverity(new CtcaeGrade(3, CtcaeVersion.V5_0)))
            .Should().Be("{\n  \"grade\": 3,\n  \"version\": \"v5.0\"\n}");
}
