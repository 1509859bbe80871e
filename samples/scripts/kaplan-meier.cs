// Kaplan-Meier estimate of time to first confirmed disability worsening (CDW) by arm, with a log-rank test,
// in the bundled demonstration cohort (synthetic data). Writes km.png to the folder given as the first argument
// (default: <temp>/mscdomain-samples). Run: cd samples/scripts && dotnet run kaplan-meier.cs [output-folder]
#:project ../../src/MscDomain/MscDomain.csproj
#:project ../../src/MscDomain.Plotting/MscDomain.Plotting.csproj
using MscDomain.Analysis;
using MscDomain.Disability;
using MscDomain.Plotting;
using MscDomain.Samples;

var cohort = DemonstrationCohort.Load();
var options = new ConfirmedChangeOptions { Events = EventSelection.FirstCdw, Baseline = BaselineScheme.Roving };
var results = ConfirmedChangeCohort.Analyze(cohort.ToDisabilityData(OutcomeKind.Edss), options);

// One row per participant: days from the first EDSS visit to the first CDW, or to the last visit (censored).
var armOf = cohort.Participants.ToDictionary(p => p.ParticipantId, p => p.ArmId ?? "(no arm)");
var survival = results.Select(r => SurvivalObservation.FromTimeToEvent(r.ParticipantId, armOf[r.ParticipantId], r.Result)).ToList();

var km = KaplanMeier.Estimate(survival);
var logRank = LogRankTest.Compare(survival);

foreach (var curve in km.Curves)
{
    var median = curve.Median.IsReached ? $"{curve.Median.TimeDays} days" : "not reached";
    Console.WriteLine($"{curve.Group,-12} n={curve.Subjects,4}  events={curve.Events,4}  median={median}");
}

foreach (var g in logRank.Groups)
{
    Console.WriteLine($"{g.Group,-12} observed={g.Observed,4}  expected={g.Expected,7:F1}");
}

Console.WriteLine($"Log-rank chi-square = {logRank.ChiSquare:F3}, df = {logRank.DegreesOfFreedom}, p = {logRank.PValue:F4}");

var folder = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "mscdomain-samples");
Directory.CreateDirectory(folder);
var png = Path.Combine(folder, "km.png");
KaplanMeierPlot.Save(km, png, 900, 600, new KaplanMeierPlotOptions
{
    Title = "Time to first confirmed disability worsening",
    XAxisLabel = "Days since first EDSS visit",
    LogRank = logRank,
});
Console.WriteLine($"Wrote {png}");
