// Confirmed disability worsening (CDW) and progression independent of relapse activity (PIRA) by arm,
// in the bundled demonstration cohort (synthetic data). Run: cd samples/scripts && dotnet run confirmed-worsening-by-arm.cs
#:project ../../src/MscDomain/MscDomain.csproj
using MscDomain.Disability;
using MscDomain.Samples;

var cohort = DemonstrationCohort.Load();

// msprog-style settings: every event, roving baseline, 12-week (84-day) confirmation, PIRA per Kappos 2020.
var options = new ConfirmedChangeOptions
{
    Events = EventSelection.Multiple,
    Baseline = BaselineScheme.Roving,
    ClassifyRawPira = true,
    Pira = PiraDefinition.Kappos2020,
};
var results = ConfirmedChangeCohort.Analyze(cohort.ToDisabilityData(OutcomeKind.Edss), options);

var notAnalysed = results.Where(r => !r.Result.IsAnalysed).ToList();
if (notAnalysed.Count > 0)
{
    Console.Error.WriteLine($"{notAnalysed.Count} participants could not be analysed, e.g. {notAnalysed[0].ParticipantId}: {notAnalysed[0].Result.Issues[0]}");
    return 1;
}

var armOf = cohort.Participants.ToDictionary(p => p.ParticipantId, p => p.ArmId ?? "(no arm)");
Console.WriteLine($"{"Arm",-12} {"N",4} {"with CDW",14} {"with PIRA",14} {"CDW events",11} {"PIRA",5} {"RAW",5}");
foreach (var arm in results.GroupBy(r => armOf[r.ParticipantId]).OrderBy(g => g.Key))
{
    int n = arm.Count(), cdw = arm.Count(r => r.Result.Counts.Cdw > 0), pira = arm.Count(r => r.Result.Counts.Pira > 0);
    Console.WriteLine($"{arm.Key,-12} {n,4} {cdw,5} ({100.0 * cdw / n,5:F1}%) {pira,5} ({100.0 * pira / n,5:F1}%) "
        + $"{arm.Sum(r => r.Result.Counts.Cdw),11} {arm.Sum(r => r.Result.Counts.Pira),5} {arm.Sum(r => r.Result.Counts.Raw),5}");
}

return 0;
