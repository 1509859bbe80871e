using System.Text.Json.Serialization;

namespace MscDomain.Cells;

/// <summary>The outcome of a release test or assay.</summary>
public enum TestOutcome
{
    /// <summary>Met its specification.</summary>
    [JsonStringEnumMemberName("pass")]
    Pass,

    /// <summary>Did not meet its specification.</summary>
    [JsonStringEnumMemberName("fail")]
    Fail,

    /// <summary>Not performed or not reported.</summary>
    [JsonStringEnumMemberName("not-done")]
    NotDone,

    /// <summary>Done, but the result is not reported (distinct from <see cref="NotDone"/>).</summary>
    [JsonStringEnumMemberName("not-reported")]
    NotReported,

    /// <summary>Characterisation without a pass/fail criterion (e.g. a panel of 27 cytokines measured and described).</summary>
    [JsonStringEnumMemberName("characterised")]
    Characterised,
}
