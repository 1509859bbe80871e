using System.Text.Json.Serialization;

namespace MscDomain.Dosing;

/// <summary>A route of administration; codes in <see cref="RouteCodes"/> (products-and-dosing.md §3).</summary>
public enum Route
{
    /// <summary>Intravenous (SNOMED CT 47625008; EDQM 20045000 "Intravenous use").</summary>
    [JsonStringEnumMemberName("intravenous")]
    Intravenous,

    /// <summary>Intrathecal, by lumbar puncture (SNOMED CT 72607000; EDQM 20042000 "Intrathecal use").</summary>
    [JsonStringEnumMemberName("intrathecal")]
    Intrathecal,

    /// <summary>Intra-arterial (SNOMED CT 58100008).</summary>
    [JsonStringEnumMemberName("intra-arterial")]
    IntraArterial,

    /// <summary>Intramuscular (SNOMED CT 78421000).</summary>
    [JsonStringEnumMemberName("intramuscular")]
    Intramuscular,

    /// <summary>Subcutaneous (SNOMED CT 34206005).</summary>
    [JsonStringEnumMemberName("subcutaneous")]
    Subcutaneous,

    /// <summary>Oral (co-medication such as oral steroid tapers).</summary>
    [JsonStringEnumMemberName("oral")]
    Oral,

    /// <summary>Intraspinal (into the spinal cord or its canal other than by lumbar puncture into the CSF; CDISC ROUTE "INTRASPINAL").</summary>
    [JsonStringEnumMemberName("intraspinal")]
    Intraspinal,

    /// <summary>Not reported: the source does not state the route (trials.md: "n.r." is a first-class value; CDISC ROUTE "UNKNOWN").</summary>
    [JsonStringEnumMemberName("not-reported")]
    NotReported,
}
