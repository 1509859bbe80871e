using MscDomain.Disability;

namespace MscDomain.Tests.Disability;

/// <summary>Defaults equal msprog's (domain notes §15); msprog-style argument parsing; methods text.</summary>
public sealed class ConfirmedChangeOptionsTest
{
    [Fact]
    public void Defaults_equal_msprog_defaults()
    {
        var o = new ConfirmedChangeOptions();
        o.Outcome.Should().Be(OutcomeKind.Edss);
        o.Events.Should().Be(EventSelection.FirstCdw);
        o.Baseline.Should().Be(BaselineScheme.Fixed);
        o.ProceedFrom.Should().Be(ProceedFrom.FirstConfirmation);
        o.SubThresholdRebaseline.Should().Be(SubThresholdRebaseline.None);
        o.SkipLocalExtrema.Should().Be(SkipLocalExtrema.None);
        o.ConfirmationDays.Should().Equal(84);
        o.ConfirmationTolerance.Should().Be(new ConfirmationTolerance(7m, 730.5m));
        o.CheckIntermediate.Should().BeTrue();
        o.RequireSustainedDays.Should().Be(0);
        o.RelapseToBaseline.Should().Be(new RelapseWindow(30, 0));
        o.RelapseToEvent.Should().Be(new RelapseWindow(0, 0));
        o.RelapseToConfirmation.Should().Be(new RelapseWindow(30, 0));
        o.RelapseAssociation.Should().Be(new RelapseWindow(90, 0));
        o.Pira.Should().Be(PiraDefinition.Muller2023);
        o.ImputeLastVisit.Should().Be(0m);
        o.ClassifyRawPira.Should().BeFalse();
        o.RelapseRebaseline.Should().BeFalse();
        o.BaselineNeverLower.Should().BeFalse();
        o.EdssDeltas.Should().Be(DeltaBands.MsprogDefault);
        o.Arithmetic.Should().Be(ThresholdArithmetic.Exact);
    }

    [Fact]
    public void Msprog_arguments_parse_into_options()
    {
        var o = ConfirmedChangeOptions.FromMsprogArguments(new Dictionary<string, string>
        {
            ["outcome"] = "edss",
            ["event"] = "firstPIRA",
            ["baseline"] = "roving_wors",
            ["proceed_from"] = "event",
            ["sub_threshold_rebl"] = "change",
            ["relapse_rebl"] = "TRUE",
            ["bl_geq"] = "true",
            ["skip_local_extrema"] = "strict",
            ["conf_days"] = "c(84, 168)",
            ["conf_tol_days"] = "0,Inf",
            ["check_intermediate"] = "FALSE",
            ["require_sust_days"] = "Inf",
            ["relapse_to_bl"] = "30",
            ["relapse_to_event"] = "30,0",
            ["relapse_to_conf"] = "[30, 7]",
            ["relapse_assoc"] = "30",
            ["relapse_indep"] = "0,null,null,30,30,30",
            ["relapse_indep_prec"] = "last_delta",
            ["impute_last_visit"] = "1",
            ["RAW_PIRA"] = "TRUE",
            ["threshold_arithmetic"] = "msprog",
            ["delta"] = "TrialConvention",
        });
        o.Events.Should().Be(EventSelection.FirstPira);
        o.Baseline.Should().Be(BaselineScheme.RovingWorsening);
        o.ProceedFrom.Should().Be(ProceedFrom.Event);
        o.SubThresholdRebaseline.Should().Be(SubThresholdRebaseline.Change);
        o.RelapseRebaseline.Should().BeTrue();
        o.BaselineNeverLower.Should().BeTrue();
        o.SkipLocalExtrema.Should().Be(SkipLocalExtrema.Strict);
        o.ConfirmationDays.Should().Equal(84, 168);
        o.ConfirmationTolerance.Should().Be(ConfirmationTolerance.OrMore);
        o.CheckIntermediate.Should().BeFalse();
        o.RequireSustainedDays.Should().Be(ConfirmedChangeOptions.SustainedToEnd);
        o.RelapseToEvent.Should().Be(new RelapseWindow(30));
        o.RelapseToConfirmation.Should().Be(new RelapseWindow(30, 7));
        o.RelapseAssociation.Should().Be(new RelapseWindow(30));
        o.Pira.Should().BeEquivalentTo(PiraDefinition.Kappos2020 with { Name = "custom", PrecedingVisit = PiraPrecedingVisit.LastDelta });
        o.ImputeLastVisit.Should().Be(1m);
        o.ClassifyRawPira.Should().BeTrue();
        o.Arithmetic.Should().Be(ThresholdArithmetic.Msprog);
        o.EdssDeltas.Should().Be(DeltaBands.TrialConvention);
    }

    [Fact]
    public void Pira_presets_parse_by_name_and_null_means_the_default()
    {
        ConfirmedChangeOptions.FromMsprogArguments(new Dictionary<string, string> { ["relapse_indep"] = "Kappos2020" }).Pira.Should().Be(PiraDefinition.Kappos2020);
        ConfirmedChangeOptions.FromMsprogArguments(new Dictionary<string, string> { ["relapse_indep"] = "NULL" }).Pira.Should().Be(PiraDefinition.Muller2023);
        PiraDefinition.FromName("high-specificity").Should().Be(PiraDefinition.Muller2023HighSpecificity);
        PiraDefinition.Muller2025.C0.Should().Be(30);
        PiraDefinition.Muller2025OnsetOnly.C0.Should().Be(0);
        PiraDefinition.Cagol2022.Should().BeEquivalentTo(new { P0 = 0, P1 = (int?)0, E0 = (int?)90, E1 = (int?)null, C0 = (int?)null, C1 = 0 });
    }

    [Theory]
    [InlineData("eventz", "firstCDW", "Unknown msprog argument 'eventz'*")]
    [InlineData("event", "second", "*'event' = 'second'*firstCDW*")]
    [InlineData("conf_days", "12w", "*'conf_days' = '12w'*")]
    [InlineData("relapse_indep", "null,0,90,30,90,30", "*p0 may not be null*")]
    public void Bad_msprog_arguments_name_the_argument_and_the_value(string key, string value, string message)
    {
        var act = () => ConfirmedChangeOptions.FromMsprogArguments(new Dictionary<string, string> { [key] = value });
        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void Describe_states_the_criteria_for_a_methods_section()
    {
        var text = new ConfirmedChangeOptions().Describe();
        text.Should().Contain("Expanded Disability Status Scale").And.Contain("1.5 points from a reference EDSS of 0")
            .And.Contain("12 weeks").And.Contain("fixed baseline").And.Contain("Montobbio").And.Contain("exact decimal");

        var pira = new ConfirmedChangeOptions { Events = EventSelection.Multiple, Baseline = BaselineScheme.Roving, ClassifyRawPira = true, ConfirmationDays = [84, 168], Pira = PiraDefinition.Kappos2020 }.Describe();
        pira.Should().Contain("12 weeks or 24 weeks").And.Contain("roving baseline").And.Contain("relapse-associated worsening (RAW)")
            .And.Contain("within 90 days after a relapse onset").And.Contain("Kappos2020").And.Contain("from the reference visit to 30 days after onset");
    }
}
