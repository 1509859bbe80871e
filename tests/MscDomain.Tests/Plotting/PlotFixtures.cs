using MscDomain.Analysis;
using MscDomain.Plotting;
using MscDomain.Tests.Analysis;
using NodaTime;

namespace MscDomain.Tests.Plotting;

internal static class PlotFixtures
{
    public static readonly LocalDate Start = new(2021, 3, 1);

    public static KaplanMeierResult Km => KaplanMeier.Estimate(Freireich.Both);

    public static EdssTrajectoryData Edss => new("P001", [(Start, 3.0m), (Start.PlusMonths(6), 3.5m), (Start.PlusMonths(12), 4.0m), (Start.PlusMonths(18), 4.0m)])
    {
        Administrations = [(Start.PlusDays(7), "IT"), (Start.PlusDays(9), "IV")],
        Relapses = [Start.PlusMonths(3)],
        BaselineEdss = 3.0m,
        EventOnset = Start.PlusMonths(12),
        EventConfirmation = Start.PlusMonths(18),
    };

    public static List<SwimmerLane> Lanes =>
    [
        new("P001", 365, [new(2, 4, 1), new(3, 10, 2), new(120, 150, 3), new(200, null, 1)]),
        new("P002", 300, [new(40, 70, 4), new(290, 300, 5)]),
        new("P003", 365, []),
    ];
}
