// Adverse events in the bundled demonstration cohort (synthetic data): counts by arm x CTCAE grade x seriousness,
// and the suspected unexpected serious adverse reactions (SUSARs, ICH E2A). Run: cd samples/scripts && dotnet run adverse-events.cs
#:project ../../src/MscDomain/MscDomain.csproj
using MscDomain.Safety;
using MscDomain.Samples;

var cohort = DemonstrationCohort.Load();

var classified = (
    from p in cohort.Participants
    from ae in p.AdverseEvents
    select (Participant: p.ParticipantId, Arm: p.ArmId ?? "(no arm)", Result: AdverseEventClassifier.Classify(ae))).ToList();

Console.WriteLine($"{classified.Count} adverse events in {cohort.Participants.Length} participants");
Console.WriteLine($"{"Arm",-12} {"Grade",5} {"Serious",8} {"Events",7} {"Participants",13}");
foreach (var g in classified
             .GroupBy(c => (c.Arm, Grade: c.Result.Grade?.Grade, c.Result.Seriousness.IsSerious))
             .OrderBy(g => g.Key.Arm).ThenBy(g => g.Key.Grade).ThenBy(g => g.Key.IsSerious))
{
    Console.WriteLine($"{g.Key.Arm,-12} {g.Key.Grade?.ToString() ?? "NR",5} {(g.Key.IsSerious ? "yes" : "no"),8} {g.Count(),7} {g.Select(c => c.Participant).Distinct().Count(),13}");
}

var susars = classified.Where(c => c.Result.Susar.IsSusar).ToList();
Console.WriteLine($"SUSARs: {susars.Count}");
foreach (var s in susars)
{
    Console.WriteLine($"  {s.Participant} ({s.Arm}) {s.Result.Event.Id} {s.Result.Event.VerbatimTerm}: report within {s.Result.Susar.TimelineDays} days, due {s.Result.Susar.InitialReportDue}");
}
