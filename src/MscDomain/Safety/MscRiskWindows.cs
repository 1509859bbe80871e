namespace MscDomain.Safety;

/// <summary>The MSC-specific risk windows (safety.md §12.1) with the lengths chosen in <see cref="TimingOptions"/>.</summary>
public static class MscRiskWindows
{
    private const ExposureRoute Punctures = ExposureRoute.Intrathecal | ExposureRoute.DiagnosticLumbarPuncture | ExposureRoute.ShamLumbarPuncture;
    private const ExposureRoute Any = ExposureRoute.Intravenous | ExposureRoute.Intrathecal | ExposureRoute.DiagnosticLumbarPuncture |
        ExposureRoute.ShamLumbarPuncture | ExposureRoute.OtherProcedure | ExposureRoute.OtherRoute;

    /// <summary>Every category's window under <paramref name="options"/>, in <see cref="MscRiskCategory"/> order.</summary>
    /// <param name="options">The options; <see langword="null"/> for <see cref="TimingOptions.Default"/>.</param>
    /// <returns>The ten windows.</returns>
    public static IReadOnlyList<MscRiskWindow> For(TimingOptions? options = null)
    {
        options ??= TimingOptions.Default;
        return
        [
            new(MscRiskCategory.InfusionReaction, ExposureRoute.Intravenous, options.InfusionReactionWindowHours, null,
                "During infusion or within N h of its start (usual trial convention; default 24 h)."),
            new(MscRiskCategory.AcuteFever, ExposureRoute.Intravenous | ExposureRoute.Intrathecal, options.AcuteFeverWindowHours, null,
                "Protocol parameter; transient fever is the consistent signal (Lalu 2012; Wang 2021)."),
            new(MscRiskCategory.PostDuralPunctureHeadache, Punctures, null, options.PostDuralPunctureHeadacheWindowDays,
                "Onset within 5 days of the dural puncture (ICHD-3 7.2.1)."),
            new(MscRiskCategory.IntrathecalInjectionHeadache, ExposureRoute.Intrathecal, null, options.IntrathecalInjectionHeadacheWindowDays,
                "Onset within 4 days of intrathecal injection (ICHD-3 7.5)."),
            new(MscRiskCategory.ProceduralPain, Punctures | ExposureRoute.OtherProcedure, null, options.ProceduralPainWindowDays,
                "Protocol parameter; attribute to the procedure, not the product."),
            new(MscRiskCategory.AsepticCsfReaction, ExposureRoute.Intrathecal, null, options.AsepticCsfReactionWindowDays,
                "Protocol parameter; CSF cells/protein can rise after IT cells without infection."),
            new(MscRiskCategory.Arachnoiditis, ExposureRoute.Intrathecal, null, null,
                "No fixed window; link to spinal MRI (Cohen et al. 2023)."),
            new(MscRiskCategory.Thromboembolism, ExposureRoute.Intravenous, null, options.ThromboembolismWindowDays,
                "Protocol parameter; tissue factor (CD142) and IBMIR (Moll 2012, 2022)."),
            new(MscRiskCategory.Infection, Any, null, options.InfectionWindowDays,
                "Protocol parameter; release sterility testing."),
            new(MscRiskCategory.EctopicTissue, Any, null, null,
                "Long-term adverse event of special interest; no window."),
        ];
    }
}
