using System.Text.Json.Serialization;
using MscDomain.Serialization;

namespace MscDomain.Cells;

/// <summary>The outcome of a release test or assay.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<TestOutcome>))]
public enum TestOutcome
{
    /// <summary>Met its specification.</summary>
    Pass,

    /// <summary>Did not meet its specification.</summary>
    Fail,

    /// <summary>Not performed or not reported.</summary>
    NotDone,

    /// <summary>Done, but the result is not reported (distinct from <see cref="NotDone"/>).</summary>
    NotReported,

    /// <summary>Characterisation without a pass/fail criterion (e.g. a panel of 27 cytokines measured and described).</summary>
    Characterised,
}
