// Native AOT smoke test: the core and its JSON facade, compiled ahead of time with every trim/AOT warning an error.
// Exit code 0 and one "ok" line per check; any failure throws.
using MscDomain.Cells;
using MscDomain.Common;
using MscDomain.Disability;
using MscDomain.AdverseEvents;
using MscDomain.Samples;
using MscDomain.Serialization;
using MscDomain.Trials;

Check("published trials load and round-trip through JSON", () =>
{
    var trials = PublishedTrials.LoadAll();
    foreach (var t in trials)
    {
        var back = MscDomainJson.DeserializeTrial(MscDomainJson.Serialize(t));
        Require(back.Id == t.Id, $"trial {t.Id} round-trips");
    }

    return $"{trials.Length} trials";
});

Check("the demonstration cohort loads and round-trips", () =>
{
    var cohort = DemonstrationCohort.Load();
    var json = MscDomainJson.Serialize(cohort);
    Require(MscDomainJson.DeserializeCohort(json).Participants.Length == cohort.Participants.Length, "same participants");
    return $"{cohort.Participants.Length} participants, {json.Length} characters";
});

Check("strict reading rejects an unknown enum name with the allowed values", () =>
{
    try
    {
        MscDomainJson.Deserialize<TissueSource>("\"Bone-Marrow\"");
        throw new InvalidOperationException("accepted a wrong spelling");
    }
    catch (System.Text.Json.JsonException e)
    {
        Require(e.Message.Contains("bone-marrow", StringComparison.Ordinal), "message lists the allowed values");
        return e.Message;
    }
});

Check("strict reading rejects a computed member with its path", () =>
{
    try
    {
        MscDomainJson.DeserializeAdverseEvents(
            """{"schemaVersion":1,"events":[{"id":"A","verbatimTerm":"headache","onsetDate":"2025-12-21","severity":{"grade":2,"version":"v5.0"},"expectedness":"expected","investigatorCausality":{"category":"possible"},"isSerious":true}]}""");
        throw new InvalidOperationException("accepted and dropped a computed member");
    }
    catch (System.Text.Json.JsonException e)
    {
        Require(e.Path == "$.events[0].isSerious" && e.Message.Contains("computed", StringComparison.Ordinal), "message names the member, its path and the rule");
        return e.Message;
    }
});

Check("wire names", () =>
{
    Require(WireName.Of(CtcaeVersion.V5_0) == "v5.0", "v5.0");
    Require(WireName.Parse<SeriousnessCriteria>("death, hospitalisation") == (SeriousnessCriteria.Death | SeriousnessCriteria.Hospitalisation), "flags");
    return string.Join(", ", WireName.Names<CtcaeVersion>());
});

Check("a calculator: confirmed disability worsening on the demonstration cohort", () =>
{
    var results = ConfirmedChangeCohort.Analyze(DemonstrationCohort.Load().ToDisabilityData(OutcomeKind.Edss), new ConfirmedChangeOptions());
    return $"{results.Count(r => !r.Result.IsEventFree)} of {results.Count} participants with a first CDW";
});

Check("the JSON schema exports", () => $"{MscDomainJsonSchema.Export().Length} characters");

return 0;

static void Check(string name, Func<string> check) => Console.WriteLine($"ok   {name}: {check()}");

static void Require(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException("failed: " + what);
    }
}
