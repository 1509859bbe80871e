using MscDomain.AdverseEvents;

namespace MscDomain.Safety;

/// <summary>A WHO-UMC causality category with the reason and the unmet points of each more certain category.</summary>
/// <param name="Category">The category (one of the six WHO-UMC categories).</param>
/// <param name="Explanation">Why this category was chosen.</param>
/// <param name="UnmetPoints">For each more certain category tried and rejected, the points that were not met
/// (e.g. <c>Certain: alternative explanation is 'Possible', needs 'None'</c>).</param>
public sealed record WhoUmcResult(CausalityCategory Category, string Explanation, IReadOnlyList<string> UnmetPoints);
