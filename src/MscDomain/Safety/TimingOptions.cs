namespace MscDomain.Safety;

/// <summary>Options for <see cref="AdverseEventTimingClassifier"/>: the treatment-emergence window and the MSC risk windows.</summary>
/// <remarks>Defaults from safety.md §12–§12.1. Protocol-parameter windows default to <see langword="null"/> (not defined).</remarks>
public sealed record TimingOptions
{
    /// <summary>The default options.</summary>
    public static TimingOptions Default { get; } = new();

    /// <summary>Treatment-emergent only up to last dose + this many calendar days (inclusive); <see langword="null"/> (default) for no end window.</summary>
    public int? TreatmentEmergenceEndWindowDays { get; init; }

    /// <summary>Infusion-related reaction window in hours from IV infusion start. Default 24 (usual trial convention; POLICY).</summary>
    public int InfusionReactionWindowHours { get; init; } = 24;

    /// <summary>Acute-fever window in hours from IV or IT administration; default <see langword="null"/> (protocol parameter, no standard).</summary>
    public int? AcuteFeverWindowHours { get; init; }

    /// <summary>Post-dural-puncture headache window in days from the puncture. Default 5 (ICHD-3 7.2.1).</summary>
    public int PostDuralPunctureHeadacheWindowDays { get; init; } = 5;

    /// <summary>Headache attributed to intrathecal injection, window in days. Default 4 (ICHD-3 7.5).</summary>
    public int IntrathecalInjectionHeadacheWindowDays { get; init; } = 4;

    /// <summary>Procedural pain window in days; default <see langword="null"/> (protocol parameter).</summary>
    public int? ProceduralPainWindowDays { get; init; }

    /// <summary>Aseptic CSF reaction window in days; default <see langword="null"/> (protocol parameter).</summary>
    public int? AsepticCsfReactionWindowDays { get; init; }

    /// <summary>Thrombo-embolism window in days from IV infusion; default <see langword="null"/> (protocol parameter).</summary>
    public int? ThromboembolismWindowDays { get; init; }

    /// <summary>Infection window in days; default <see langword="null"/> (protocol parameter).</summary>
    public int? InfectionWindowDays { get; init; }

    /// <summary>Whether an indeterminate hour-window membership counts as inside (conservative screening). Default <see langword="false"/>:
    /// reported as indeterminate (safety.md §12).</summary>
    public bool IndeterminateAsInside { get; init; }
}
