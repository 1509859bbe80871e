using MscDomain.Analysis;
using MscDomain.Interactive;
using MscDomain.Plotting;
using MscDomain.Samples;

namespace MscDomain.Tests.Interactive;

/// <summary>
/// The code of section 6 of samples/notebooks/progressive-ms-msc-cohort.ipynb (pooling across the bundled trials), run here
/// without the notebook's Show/DisplayAs so that a change of the API breaks a test, not only the CI notebook run.
/// </summary>
public sealed class EvidenceSynthesisNotebookCellTest
{
    [Fact]
    public void Section_6_runs_and_renders()
    {
        var evidence = TrialEvidence.Extract(PublishedTrials.LoadAll(), new TrialEvidenceQuery("relapses", EffectMeasure.RR));

        var used = new HtmlTable("Trial", "MSC arm(s)", "Comparator", "Results", "Verification", "How") { Caption = $"Pooled: {evidence.Studies.Count} trial(s)" };
        foreach (var s in evidence.Studies)
        {
            used.AddRow(s.TrialId, string.Join(" + ", s.ExperimentalArmIds), s.ComparatorArmId, string.Join(", ", s.ResultPaths), s.Verification, s.Conversion);
        }

        var left = new HtmlTable("Trial", "Result", "Arm", "Why not pooled") { Caption = $"Not pooled: {evidence.Excluded.Count} result(s)" };
        foreach (var e in evidence.Excluded)
        {
            left.AddRow(e.TrialId, e.ResultPath, e.ArmId, e.Reason);
        }

        var pooled = MetaAnalysis.Fit(evidence.Effects, new MetaAnalysisOptions { Method = TauSquaredEstimator.REML }, evidence.Scale);
        var forest = ForestPlot.Render(pooled, PlotImageFormat.Png, 1000, ForestPlot.SuggestedHeight(pooled.K),
            new ForestPlotOptions { Title = "Relapse outcomes, MSC vs control", XAxisLabel = "Risk ratio (log scale)" });

        used.ToHtml().Should().Contain("PETROU-2020");
        left.RowCount.Should().Be(evidence.Excluded.Count).And.BeGreaterThan(0);
        forest.Take(4).Should().Equal(0x89, (byte)'P', (byte)'N', (byte)'G');
        var notebook = File.ReadAllText(NotebookPath());
        notebook.Should().Contain("new TrialEvidenceQuery(\\\"relapses\\\", EffectMeasure.RR)", "the notebook cell and this test run the same query");
    }

    private static string NotebookPath()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "samples", "notebooks", "progressive-ms-msc-cohort.ipynb")))
        {
            root = Path.GetDirectoryName(root)!;
        }

        return Path.Combine(root, "samples", "notebooks", "progressive-ms-msc-cohort.ipynb");
    }
}
