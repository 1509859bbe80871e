namespace MscDomain.Safety;

/// <summary>Whether an adverse event is of special interest, under which definition and why.</summary>
/// <param name="IsSpecialInterest">Whether the event is an AESI.</param>
/// <param name="Name">The matching definition's name; <see langword="null"/> when recorded or not an AESI.</param>
/// <param name="Reason">Why, in one sentence (source list, unchecked route conditions).</param>
public sealed record SpecialInterestResult(bool IsSpecialInterest, string? Name, string Reason);
