// Adverse events in the bundled demonstration cohort (synthetic data): counts by arm x CTCAE grade x seriousness,
// and the suspected unexpected serious adverse reactions (SUSARs, ICH E2A). Run: cd samples/scripts && dotnet run adverse-events.cs
#:project ../../src/MscDomain/MscDomain.csproj
using MscDomain.Safety;
using MscDomain.Samples;
using NodaTime;

var cohort = DemonstrationCohort.Load();

// Expectedness is judged against the reference safety information (RSI, e.g. the Investigator's Brochure):
// here, an illustrative RSI listing the known reactions to MSC infusion and lumbar puncture, up to CTCAE grade 2.
var rsi = new ReferenceSafetyInformation("IB 1.0 (illustrative)", new LocalDate(2000, 1, 1),
[
    new ReferenceSafetyEntry("Infusion related reaction", maxExpectedGrade: 2),
    new ReferenceSafetyEntry("Post lumbar puncture syndrome", maxExpectedGrade: 2),
    new ReferenceSafetyEntry("Pyrexia", maxExpectedGrade: 2),
    new ReferenceSafetyEntry("Back pain", maxExpectedGrade: 2),
]);
var context = new AdverseEventContext([rsi]);

var classified = (
    from p in cohort.Participants
    from ae in p.AdverseEvents
    select (Participant: p.ParticipantId, Arm: p.ArmId ?? "(no arm)", Result: AdverseEventClassifier.Classify(ae, context))).ToList();

Console.WriteLine($"{classified.Count} adverse events in {cohort.Participants.Length} participants");
Console.WriteLine($"{"Arm",-12} {"Grade",5} {"Serious",8} {"Events",7} {"Participants",13}");
foreach (var g in classified
             .GroupBy(c => (c.Arm, Grade: c.Result.Grade?.Grade, c.Result.Seriousness.IsSerious))
             .OrderBy(g => g.Key.Arm).ThenBy(g => g.Key.Grade).ThenBy(g => g.Key.IsSerious))
{
    Console.WriteLine($"{g.Key.Arm,-12} {g.Key.Grade?.ToString() ?? "NR",5} {(g.Key.IsSerious ? "yes" : "no"),8} {g.Count(),7} {g.Select(c => c.Participant).Distinct().Count(),13}");
}

// Every serious adverse event with the three SUSAR conditions (ICH E2A): serious, unexpected, related.
var serious = classified.Where(c => c.Result.Seriousness.IsSerious).ToList();
Console.WriteLine($"Serious adverse events: {serious.Count}");
foreach (var (participant, arm, r) in serious)
{
    Console.WriteLine($"  {participant,-10} {arm,-10} {r.Event.VerbatimTerm,-32} related={(r.Causality.IsRelated ? "yes" : "no"),-3} "
        + $"unexpected={(r.Expectedness.IsUnexpected ? "yes" : "no"),-3} SUSAR={(r.Susar.IsSusar ? $"yes, report within {r.Susar.TimelineDays} days (by {r.Susar.InitialReportDue:uuuu-MM-dd})" : "no")}");
}

Console.WriteLine($"SUSARs: {classified.Count(c => c.Result.Susar.IsSusar)}");
