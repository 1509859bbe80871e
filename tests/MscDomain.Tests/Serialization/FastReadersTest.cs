using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using MscDomain.Dosing;
using MscDomain.Outcomes;
using MscDomain.Samples;
using MscDomain.Serialization;
using MscDomain.Trials;

namespace MscDomain.Tests.Serialization;

/// <summary>
/// The facade's fast readers (<see cref="FastReaders"/>) against the reference they replace: System.Text.Json's own
/// constructor-based reading of the same source-generated contract (<see cref="MscDomainJsonOptions.Compact"/>). For every
/// input, a fast reader either gives the same value as the contract or declines; it never accepts what the contract rejects.
/// </summary>
public sealed class FastReadersTest
{
    private const string Lab = """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-03-01","lowerLimitOfNormal":7,"upperLimitOfNormal":41,"specimen":"serum"}""";

    private const string Fs = """{"system":"pyramidal","grade":3}""";

    /// <summary>Laboratory measurements: the plain forms, then each way a member can be wrong.</summary>
    public static TheoryData<string, bool> LabInputs() => new()
    {
        { Lab, true },
        { """{"value":21,"date":"2022-03-01","specimen":"serum","analyteCode":"ALT","unit":"U/L","upperLimitOfNormal":41}""", true },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-03-01"}""", true },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-03-01","lowerLimitOfNormal":null,"upperLimitOfNormal":null,"specimen":null}""", true },
        { """{"analyteCode":"ALT","value":-0.5e1,"unit":"U/L","date":"2024-02-29"}""", true },
        { """{"analyteCode":"\u0041LT","value":21,"unit":"U\/L","date":"2022-03-01","specimen":"s\u00e9rum"}""", true },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-03-01","colour":"red"}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-03-01","Value":21}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-03-01","value":22}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-03-01","specimen":"a","specimen":"b"}""", false },
        { """{"value":21,"unit":"U/L","date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","unit":"U/L","date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","value":21,"date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L"}""", false },
        { """{}""", false },
        { """{"analyteCode":null,"value":21,"unit":"U/L","date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","value":null,"unit":"U/L","date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":null,"date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":null}""", false },
        { """{"analyteCode":" ","value":21,"unit":"U/L","date":"2022-03-01"}""", false },
        { """{"analyteCode":5,"value":21,"unit":"U/L","date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","value":"21","unit":"U/L","date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","value":true,"unit":"U/L","date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","value":1e400,"unit":"U/L","date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","value":{"v":1},"unit":"U/L","date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","value":[21],"unit":"U/L","date":"2022-03-01"}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-02-30"}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-3-01"}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-03-01T00:00"}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":20220301}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-03-01","lowerLimitOfNormal":50,"upperLimitOfNormal":41}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-03-01","upperLimitOfNormal":"41"}""", false },
        { """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022-03-01","specimen":7}""", false },
        { "[]", false },
        { "\"ALT\"", false },
        { "21", false },
    };

    /// <summary>Escaped member names and dates: the contract unescapes them, the fast reader declines them.</summary>
    public static TheoryData<string> EscapedLabs() => new()
    {
        """{"analyte\u0043ode":"ALT","value":21,"unit":"U/L","date":"2022-03-01"}""",
        """{"analyteCode":"ALT","value":21,"unit":"U/L","date":"2022\u002d03-01"}""",
    };

    [Fact]
    public void Functional_system_reader_declines_an_escaped_name_that_the_contract_reads()
    {
        const string json = """{"system":"p\u0079ramidal","grade":3}""";
        Outcome<FunctionalSystemScore>(json, MscDomainJsonOptions.Compact).Value.Should().Be(new FunctionalSystemScore(FunctionalSystem.Pyramidal, 3));
        Outcome<FunctionalSystemScore>(json, MscDomainJsonOptions.Reading).Error.Should().BeOfType<FastReadMiss>();
        MscDomainJson.Deserialize<FunctionalSystemScore>(json).Should().Be(new FunctionalSystemScore(FunctionalSystem.Pyramidal, 3));
    }

    /// <summary>Functional-system grades: plain forms and each way a member can be wrong.</summary>
    public static TheoryData<string, bool> FsInputs() => new()
    {
        { Fs, true },
        { """{"grade":5,"system":"cerebral"}""", true },
        { """{"system":"other","grade":1}""", true },
        { """{"system":"pyramidal","grade":7}""", false },
        { """{"system":"other","grade":2}""", false },
        { """{"system":"pyramidal","grade":-1}""", false },
        { """{"system":"pyramidal","grade":3.0}""", false },
        { """{"system":"pyramidal","grade":3.5}""", false },
        { """{"system":"pyramidal","grade":"3"}""", false },
        { """{"system":"pyramidal","grade":null}""", false },
        { """{"system":"pyramidal","grade":99999999999}""", false },
        { """{"system":"Pyramidal","grade":3}""", false },
        { """{"system":"pyramidal ","grade":3}""", false },
        { """{"system":0,"grade":3}""", false },
        { """{"system":null,"grade":3}""", false },
        { """{"system":"pyramidal"}""", false },
        { """{"grade":3}""", false },
        { """{"system":"pyramidal","grade":3,"grade":4}""", false },
        { """{"system":"pyramidal","grade":3,"note":"x"}""", false },
        { "null", false },
        { "[]", false },
        { "3", false },
    };

    /// <summary>Observations: the fast reader takes an EDSS observation whose <c>kind</c> comes first.</summary>
    public static TheoryData<string, bool> ObservationInputs() => new()
    {
        { """{"kind":"edss","date":"2023-05-02","score":3.5,"functionalSystems":[{"system":"pyramidal","grade":3},{"system":"visual","grade":1}],"ambulationScore":2}""", true },
        { """{"kind":"edss","score":0,"date":"2023-05-02"}""", true },
        { """{"kind":"edss","score":10,"date":"2023-05-02","functionalSystems":[],"ambulationScore":null}""", true },
        { """{"kind":"edss","score":3.5,"date":"2023-05-02","functionalSystems":[{"system":"pyramidal","grade":3},{"system":"pyramidal","grade":2}]}""", false },
        { """{"kind":"edss","score":3.5,"date":"2023-05-02","functionalSystems":null}""", false },
        { """{"kind":"edss","score":3.5,"date":"2023-05-02","functionalSystems":{"system":"pyramidal","grade":3}}""", false },
        { """{"kind":"edss","score":3.5,"date":"2023-05-02","functionalSystems":[{"system":"pyramidal","grade":9}]}""", false },
        { """{"kind":"edss","score":3.5,"date":"2023-05-02","functionalSystems":[null]}""", false },
        { """{"kind":"edss","score":0.5,"date":"2023-05-02"}""", false },
        { """{"kind":"edss","score":3.25,"date":"2023-05-02"}""", false },
        { """{"kind":"edss","score":10.5,"date":"2023-05-02"}""", false },
        { """{"kind":"edss","score":"3.5","date":"2023-05-02"}""", false },
        { """{"kind":"edss","score":null,"date":"2023-05-02"}""", false },
        { """{"kind":"edss","date":"2023-05-02"}""", false },
        { """{"kind":"edss","score":3.5}""", false },
        { """{"kind":"edss","score":3.5,"date":"2023-05-02","ambulationScore":17}""", false },
        { """{"kind":"edss","score":3.5,"date":"2023-05-02","ambulationScore":-1}""", false },
        { """{"kind":"edss","score":3.5,"date":"2023-05-02","ambulationScore":1.5}""", false },
        { """{"kind":"edss","score":3.5,"date":"2023-05-02","score":4}""", false },
        { """{"kind":"edss","score":3.5,"date":"2023-05-02","kind":"edss"}""", false },
        { """{"kind":"EDSS","score":3.5,"date":"2023-05-02"}""", false },
        { """{"kind":"walk","score":3.5,"date":"2023-05-02"}""", false },
        { """{"kind":7,"score":3.5,"date":"2023-05-02"}""", false },
        { """{"score":3.5,"date":"2023-05-02"}""", false },
        { """{}""", false },
        { "[]", false },
    };

    /// <summary>Unit value objects (one member named after the unit).</summary>
    public static TheoryData<string, bool> WeightInputs() => new()
    {
        { """{"kilograms":70.5}""", true },
        { """{"kilograms":0.001}""", true },
        { """{"kilograms":0}""", false },
        { """{"kilograms":-1}""", false },
        { """{"kilograms":"70"}""", false },
        { """{"kilograms":null}""", false },
        { """{"kilograms":70,"kilograms":71}""", false },
        { """{"kilograms":70,"unit":"kg"}""", false },
        { """{"Kilograms":70}""", false },
        { """{}""", false },
        { "70", false },
        { "null", false },
    };

    [Theory]
    [MemberData(nameof(LabInputs))]
    public void Lab_reader_agrees_with_the_contract(string json, bool valid) => Agrees<LabMeasurement>(json, valid);

    [Theory]
    [MemberData(nameof(EscapedLabs))]
    public void Lab_reader_declines_escaped_text_that_the_contract_reads(string json)
    {
        Outcome<LabMeasurement>(json, MscDomainJsonOptions.Compact).Error.Should().BeNull();
        Outcome<LabMeasurement>(json, MscDomainJsonOptions.Reading).Error.Should().BeOfType<FastReadMiss>();
        MscDomainJson.Serialize(MscDomainJson.Deserialize<LabMeasurement>(json)).Should()
            .Be(MscDomainJson.Serialize(MscDomainJson.DeserializeWithContract<LabMeasurement>(json)));
    }

    [Theory]
    [MemberData(nameof(FsInputs))]
    public void Functional_system_reader_agrees_with_the_contract(string json, bool valid) => Agrees<FunctionalSystemScore>(json, valid);

    [Theory]
    [MemberData(nameof(ObservationInputs))]
    public void Observation_reader_agrees_with_the_contract(string json, bool valid)
    {
        Agrees<System.Collections.Immutable.ImmutableArray<Observation>>($"[{json}]", valid);
        Agrees<System.Collections.Immutable.ImmutableArray<Observation>>($"[{ObservationInputs().First()[0]},{json}]", valid);
    }

    [Fact]
    public void Observation_reader_reads_an_empty_list_and_declines_null()
    {
        Agrees<System.Collections.Immutable.ImmutableArray<Observation>>("[]", true);
        Agrees<System.Collections.Immutable.ImmutableArray<Observation>>("null", false);
        Agrees<System.Collections.Immutable.ImmutableArray<Observation>>("{}", false);
    }

    [Theory]
    [InlineData("""{"score":3.5,"kind":"edss","date":"2023-05-02"}""")]
    [InlineData("""{"\u006bind":"edss","score":3.5,"date":"2023-05-02"}""")]
    public void Observation_reader_hands_a_kind_that_is_not_first_or_is_escaped_to_the_contract(string json)
    {
        var list = $"[{ObservationInputs().First()[0]},{json}]";
        Agrees<System.Collections.Immutable.ImmutableArray<Observation>>(list, true);
        MscDomainJson.Deserialize<System.Collections.Immutable.ImmutableArray<Observation>>(list)[1].Should().BeOfType<EdssObservation>()
            .Which.Score.Should().Be(new EdssScore(3.5m));
    }

    [Fact]
    public void Observation_reader_hands_a_measure_observation_to_the_contract()
    {
        var measure = MscDomainJson.Serialize<Observation>(new MeasureObservation(new NodaTime.LocalDate(2023, 5, 2), OutcomeMeasure.TimedTwentyFiveFootWalk, 7.5m, "s"));
        var list = $"[{ObservationInputs().First()[0]},{measure}]";
        Agrees<System.Collections.Immutable.ImmutableArray<Observation>>(list, true);
        MscDomainJson.Deserialize<System.Collections.Immutable.ImmutableArray<Observation>>(list)[1].Should().BeOfType<MeasureObservation>()
            .Which.Value.Should().Be(7.5m);
    }

    [Fact]
    public void Observation_reader_declines_a_member_the_contract_skips_and_the_contract_reads_it()
    {
        // The contract skips the name of the [JsonIgnore]d Measure member of an EDSS observation; the fast reader does not
        // know it and declines, so the facade's answer is the contract's.
        const string list = """[{"kind":"edss","score":3.5,"date":"2023-05-02","measure":"x"}]""";
        Outcome<System.Collections.Immutable.ImmutableArray<Observation>>(list, MscDomainJsonOptions.Compact).Error.Should().BeNull();
        Outcome<System.Collections.Immutable.ImmutableArray<Observation>>(list, MscDomainJsonOptions.Reading).Error.Should().BeOfType<FastReadMiss>();
        MscDomainJson.Deserialize<System.Collections.Immutable.ImmutableArray<Observation>>(list).Should().ContainSingle();
    }

    [Fact]
    public void A_cohort_with_sorted_keys_is_read_by_the_fast_readers_without_falling_back()
    {
        var json = Hostile.HostileJsonSamples.SortKeys(DemonstrationCohort.ReadBundledJson());
        MscDomainJson.TryReadFast(json, out CohortDocument? fast).Should().BeTrue();
        MscDomainJson.Serialize(fast).Should().Be(MscDomainJson.Serialize(MscDomainJson.DeserializeWithContract<CohortDocument>(json)));
    }

    [Theory]
    [MemberData(nameof(WeightInputs))]
    public void Unit_value_reader_agrees_with_the_contract(string json, bool valid) => Agrees<WeightKg>(json, valid);

    [Theory]
    [InlineData("millions", typeof(CellCount))]
    [InlineData("millionsPerKg", typeof(CellsPerKg))]
    [InlineData("millilitres", typeof(VolumeMl))]
    public void Every_unit_value_reader_reads_its_own_member_only(string member, Type type)
    {
        var read = typeof(FastReadersTest).GetMethod(nameof(Agrees), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(type);
        read.Invoke(null, [$$"""{"{{member}}":1.5}""", true]);
        read.Invoke(null, [$$"""{"{{member}}":-1.5}""", false]);
        read.Invoke(null, ["""{"kilograms":1.5}""", false]);
    }

    /// <summary>The members each fast reader knows, with whether it requires them. When a contract changes (a member added,
    /// renamed, made required or optional), this fails until the fast reader in Serialization is updated to match.</summary>
    [Theory]
    [InlineData(typeof(LabMeasurement), "analyteCode!,value!,unit!,date!,lowerLimitOfNormal,upperLimitOfNormal,specimen")]
    [InlineData(typeof(EdssObservation), "date!,score!,functionalSystems,ambulationScore")]
    [InlineData(typeof(FunctionalSystemScore), "system!,grade!")]
    [InlineData(typeof(WeightKg), "kilograms!")]
    [InlineData(typeof(CellCount), "millions!")]
    [InlineData(typeof(CellsPerKg), "millionsPerKg!")]
    [InlineData(typeof(VolumeMl), "millilitres!")]
    public void Each_fast_reader_knows_exactly_the_members_of_its_contract(Type type, string members)
    {
        var info = MscDomainJsonOptions.Compact.GetTypeInfo(type);
        var contract = info.Properties
            .Where(p => p.Set is not null || p.AssociatedParameter is not null)
            .Select(p => p.Name + (p.IsRequired ? "!" : string.Empty))
            .Order(StringComparer.Ordinal);
        contract.Should().Equal(members.Split(',').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_demonstration_cohort_is_read_by_the_fast_readers_without_falling_back()
    {
        var json = DemonstrationCohort.ReadBundledJson();
        MscDomainJson.TryReadFast(json, out CohortDocument? fast).Should().BeTrue();
        MscDomainJson.Serialize(fast).Should().Be(MscDomainJson.Serialize(MscDomainJson.DeserializeWithContract<CohortDocument>(json)));
    }

    [Theory]
    [InlineData("value", "\"21\"")]
    [InlineData("date", "\"2022-02-30\"")]
    [InlineData("colour", "\"red\"")]
    [InlineData("upperLimitOfNormal", "-1")]
    public void A_bad_lab_deep_in_a_cohort_is_reported_exactly_as_by_the_contract(string member, string value)
    {
        var cohort = JsonNode.Parse(DemonstrationCohort.ReadBundledJson())!.AsObject();
        var lab = cohort["participants"]![7]!["labMeasurements"]![3]!.AsObject();
        lab[member] = JsonNode.Parse(value);
        var json = cohort.ToJsonString();

        var viaFacade = Catch(() => MscDomainJson.DeserializeCohort(json));
        var viaContract = Catch(() => MscDomainJson.DeserializeWithContract<CohortDocument>(json));
        viaFacade.Message.Should().Be(viaContract.Message);
        viaFacade.Path.Should().Be(viaContract.Path).And.StartWith("$.participants[7].labMeasurements[3]");
        (viaFacade.LineNumber, viaFacade.BytePositionInLine).Should().Be((viaContract.LineNumber, viaContract.BytePositionInLine));
    }

    [Fact]
    public void A_bad_functional_system_grade_deep_in_a_cohort_is_reported_exactly_as_by_the_contract()
    {
        var cohort = JsonNode.Parse(DemonstrationCohort.ReadBundledJson())!.AsObject();
        cohort["participants"]![2]!["observations"]![1]!["functionalSystems"]![0]!["grade"] = 9;
        var json = cohort.ToJsonString();

        var viaFacade = Catch(() => MscDomainJson.DeserializeCohort(json));
        viaFacade.Message.Should().Be(Catch(() => MscDomainJson.DeserializeWithContract<CohortDocument>(json)).Message)
            .And.Contain("Kurtzke");
        viaFacade.Path.Should().StartWith("$.participants[2].observations[1].functionalSystems[0]");
    }

    private static void Agrees<T>(string json, bool valid)
    {
        var contract = Outcome<T>(json, MscDomainJsonOptions.Compact);
        var fast = Outcome<T>(json, MscDomainJsonOptions.Reading);
        (contract.Error is null).Should().Be(valid, "the contract itself decides what is valid for {0}: {1}", json, contract.Error?.Message);
        if (contract.Error is not null)
        {
            fast.Error.Should().NotBeNull("a fast reader must not accept what the contract rejects ({0})", contract.Error.Message);
            (fast.Error is FastReadMiss || fast.Error.GetType() == contract.Error.GetType()).Should().BeTrue();

            // Through the facade, the error is the contract's own.
            var facade = Catch(() => MscDomainJson.Deserialize<T>(json));
            facade.Message.Should().Be(Catch(() => MscDomainJson.DeserializeWithContract<T>(json)).Message);
        }
        else
        {
            fast.Error.Should().BeNull("the plain form is the fast reader's whole point");
            MscDomainJson.Serialize(fast.Value).Should().Be(MscDomainJson.Serialize(contract.Value));
        }
    }

    private static (T? Value, Exception? Error) Outcome<T>(string json, JsonSerializerOptions options)
    {
        try
        {
            return (JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T))), null);
        }
        catch (Exception ex)
        {
            return (default, ex);
        }
    }

    private static JsonException Catch(Action read)
    {
        var act = read;
        return act.Should().Throw<JsonException>().Which;
    }
}
