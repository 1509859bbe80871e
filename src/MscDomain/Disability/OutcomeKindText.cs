namespace MscDomain.Disability;

/// <summary>Names of the msprog outcomes as written in the methods paragraphs.</summary>
internal static class OutcomeKindText
{
    /// <summary>The outcome's full name with its abbreviation, e.g. "Timed 25-Foot Walk (T25FW) time".</summary>
    public static string MethodsName(OutcomeKind outcome) => outcome switch
    {
        OutcomeKind.Edss => "Expanded Disability Status Scale (EDSS) score",
        OutcomeKind.T25fw => "Timed 25-Foot Walk (T25FW) time",
        OutcomeKind.Nhpt => "Nine-Hole Peg Test (9HPT) time",
        OutcomeKind.Sdmt => "Symbol Digit Modalities Test (SDMT) score",
        _ => "outcome",
    };
}
