using MscDomain.Analysis;
using MscDomain.Common;
using MscDomain.Tabular.Meta;
using MscDomain.Tests.Analysis;

namespace MscDomain.Tests.Tabular.Meta;

public sealed class MetaAnalysisCsvTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("meta-csv-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Theory]
    [InlineData("bin-het", "OR")]
    [InlineData("bin-hom-n", "RR")]
    [InlineData("cont-het", "SMD")]
    [InlineData("prop-het", "PLO")]
    [InlineData("rate-het", "IRLN")]
    [InlineData("rates2-het", "IRD")]
    [InlineData("gen-sei", "GEN")]
    public void Reading_the_conformance_inputs_reproduces_metafor(string dataset, string measure)
    {
        MetaAnalysisNames.TryParseMeasure(measure, out var m).Should().BeTrue();
        var read = MetaAnalysisCsv.ReadStudies(MetaforConformanceData.InputPath(dataset), m);
        read.HasErrors.Should().BeFalse();
        var fit = MetaAnalysis.Fit(EffectSizes.Compute(m, read.Studies));
        var expected = MetaforConformanceData.Pooled.Single(r => r["dataset"] == dataset && r["measure"] == measure && r["method"] == "REML" && r["test"] == "z");
        fit.Estimate.Should().BeApproximately(MetaforConformanceData.D(expected["estimate"]), 1e-8 * Math.Abs(MetaforConformanceData.D(expected["estimate"])) + 1e-12);
        fit.TauSquared.Should().BeApproximately(MetaforConformanceData.D(expected["tau2"]), 1e-8 * MetaforConformanceData.D(expected["tau2"]) + 1e-10);
    }

    [Fact]
    public void Pooled_and_studies_files_have_exactly_the_issue_columns()
    {
        var fit = MetaAnalysis.Fit([new StudyEffect("a", 0.1, 0.04), new StudyEffect("b, with comma", 0.3, 0.05)]);
        var pooled = Path.Combine(_dir, "pooled.csv");
        var studies = Path.Combine(_dir, "studies_out.csv");
        MetaAnalysisCsv.WritePooled(pooled, fit);
        MetaAnalysisCsv.WriteStudies(studies, fit);
        var p = File.ReadAllLines(pooled);
        p[0].Should().Be("k,estimate,se,stat,pval,ci_lb,ci_ub,pi_lb,pi_ub,tau2,I2,H2,Q,Q_df,Q_pval");
        p.Should().HaveCount(2);
        p[1].Split(',')[0].Should().Be("2");
        double.Parse(p[1].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture).Should().Be(fit.Estimate, "round-trip formatting");
        var s = File.ReadAllLines(studies);
        s[0].Should().Be("study,yi,vi,weight");
        s[2].Should().StartWith("\"b, with comma\",0.3,0.05,");
        Directory.GetFiles(_dir).Should().HaveCount(2, "no temporary file is left behind");
    }

    [Fact]
    public void Missing_measure_columns_are_a_header_issue()
    {
        var path = Write("m.csv", "study,ai,bi\nS1,1,2\n");
        var read = MetaAnalysisCsv.ReadStudies(path, EffectMeasure.RR);
        read.Issues.Should().ContainSingle().Which.Code.Should().Be(DataIssueCodes.MissingColumn);
        read.Issues[0].Rule.Should().Contain("ai,bi,ci,di or ai,n1i,ci,n2i");
        read.Issues[0].Location.Line.Should().Be(1);
    }

    [Fact]
    public void Unreadable_and_bad_cells_are_located_at_line_and_column()
    {
        var path = Write("m.csv", "study,xi,ni\nA,3,10\nB,x3,10\nC,12,10\nD,,10\n");
        var read = MetaAnalysisCsv.ReadStudies(path, EffectMeasure.PR);
        read.Issues.Should().ContainSingle().Which.ToString().Should().Be($"{path}:3:2 [xi]: error MSC0202: 'x3': Study 'B': xi must be a finite number with a dot as decimal separator, e.g. 12.5.");
        read.Studies.Select(s => s.Study).Should().Equal("A", "C", "D");
        var effects = EffectSizes.Compute(EffectMeasure.PR, read.Studies);
        effects.Issues.Select(i => (i.Code, i.Location.Line, i.Location.Column)).Should().Equal(
            (DataIssueCodes.EventsExceedTotal, 4, 2), (DataIssueCodes.MissingValue, 5, 2));
    }
}
