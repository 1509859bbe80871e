using System.Collections.Frozen;
using System.Collections.Immutable;

namespace MscDomain.Outcomes;

/// <summary>The outcome-measure catalogue of outcomes-and-mechanisms.md §1: unit, direction, range and cited thresholds per measure.</summary>
/// <remarks>Thresholds marked [R] in the domain reference carry <see cref="MeasureThreshold.Recalled"/> = true.</remarks>
public static class MeasureCatalogue
{
    private static readonly FrozenDictionary<OutcomeMeasure, MeasureDefinition> Entries = Build().ToFrozenDictionary(d => d.Measure);

    /// <summary>Every catalogue entry, in <see cref="OutcomeMeasure"/> order.</summary>
    public static ImmutableArray<MeasureDefinition> All { get; } = [.. Entries.Values.OrderBy(d => d.Measure)];

    /// <summary>The entry for <paramref name="measure"/>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The measure has no entry.</exception>
    public static MeasureDefinition Get(OutcomeMeasure measure) =>
        Entries.TryGetValue(measure, out var d) ? d : throw new ArgumentOutOfRangeException(nameof(measure), measure, $"No catalogue entry for {measure}.");

    private static IEnumerable<MeasureDefinition> Build()
    {
        const string O = "outcomes-and-mechanisms.md §1";
        yield return new(OutcomeMeasure.Edss, "Expanded Disability Status Scale", "{score}", true, 0m, 10m,
        [
            new("worsening from baseline 0", 1.5m, ThresholdKind.Absolute, "msprog; Kappos 2020"),
            new("worsening from baseline 1.0 to 5.0", 1.0m, ThresholdKind.Absolute, "msprog; Kappos 2020"),
            new("worsening from baseline 5.5 or more", 0.5m, ThresholdKind.Absolute, "msprog; Kappos 2020"),
        ]);
        yield return new(OutcomeMeasure.KurtzkeFunctionalSystems, "Kurtzke functional systems", "{grade}", true, 0m, 6m, []);
        yield return new(OutcomeMeasure.AmbulationScore, "Neurostatus ambulation score", "{score}", true, 0m, 16m, []);
        yield return new(OutcomeMeasure.TimedTwentyFiveFootWalk, "Timed 25-foot walk", "s", true, 0m, 180m,
        [
            new("meaningful worsening: 20% of the reference time", 20m, ThresholdKind.RelativePercent, O),
            new("responder: 25% faster walking speed (Cohen 2023)", 25m, ThresholdKind.RelativePercent, "trials.md COHEN-2023"),
        ]);
        yield return new(OutcomeMeasure.NineHolePegTest, "9-hole peg test", "s", true, 0m, 300m,
            [new("meaningful worsening: 20% of the reference time, per hand", 20m, ThresholdKind.RelativePercent, O)]);
        yield return new(OutcomeMeasure.Pasat3, "PASAT-3", "{correct}", false, 0m, 60m, []);
        yield return new(OutcomeMeasure.Sdmt, "Symbol digit modalities test", "{correct}", false, 0m, 110m,
        [
            new("worsening: 4 points (msprog default; with 20%, the smaller)", 4m, ThresholdKind.Absolute, "msprog"),
            new("worsening: 20% (msprog default; with 4 points, the smaller)", 20m, ThresholdKind.RelativePercent, "msprog"),
        ]);
        yield return new(OutcomeMeasure.Msfc, "MS functional composite", "{z-score}", false, null, null, []);
        yield return new(OutcomeMeasure.Msws12, "MS walking scale-12", "{score}", true, 0m, 100m, []);
        yield return new(OutcomeMeasure.SixMinuteWalk, "6-minute walk", "m", false, 0m, null, []);
        yield return new(OutcomeMeasure.LowContrastLetterAcuity, "Low-contrast letter acuity", "{letters}", false, 0m, 60m,
            [new("meaningful change: about 7 letters", 7m, ThresholdKind.Absolute, "Balcer et al., MSJ 2017", Recalled: true)]);
        yield return new(OutcomeMeasure.VisualAcuity, "Visual acuity (logMAR)", "{logMAR}", true, null, null, []);
        yield return new(OutcomeMeasure.GdEnhancingLesions, "Gd-enhancing lesions", "{count}", true, 0m, null,
            [new("Cutter's rule: at least 5 new Gd+ lesions on 2 consecutive monthly scans", 5m, ThresholdKind.Cutoff, O)]);
        yield return new(OutcomeMeasure.NewOrEnlargingT2Lesions, "New or enlarging T2 lesions", "{count}", true, 0m, null, []);
        yield return new(OutcomeMeasure.CombinedUniqueActiveLesions, "Combined unique active lesions", "{count}", true, 0m, null, []);
        yield return new(OutcomeMeasure.T2LesionVolume, "T2 lesion volume", "mL", true, 0m, null, []);
        yield return new(OutcomeMeasure.T1BlackHoleVolume, "T1 black-hole volume", "mL", true, 0m, null, []);
        yield return new(OutcomeMeasure.BrainVolumeChange, "Percent brain volume change", "%/a", false, null, null,
        [
            new("cut-off separating MS from controls (67% sensitivity, 80% specificity)", -0.37m, ThresholdKind.Cutoff, "De Stefano et al., JNNP 2016;87:93-99"),
            new("pathological atrophy, 80% specificity", -0.40m, ThresholdKind.Cutoff, "De Stefano et al., JNNP 2016;87:93-99"),
            new("pathological atrophy, 90% specificity", -0.46m, ThresholdKind.Cutoff, "De Stefano et al., JNNP 2016;87:93-99"),
            new("pathological atrophy, 95% specificity", -0.52m, ThresholdKind.Cutoff, "De Stefano et al., JNNP 2016;87:93-99"),
            new("NEDA-4 atrophy component: loss of at most 0.4%/year", -0.4m, ThresholdKind.Cutoff, "Kappos et al., Front Neurol 2019;10:788"),
        ]);
        yield return new(OutcomeMeasure.MagnetisationTransferRatio, "Magnetisation transfer ratio", "{percent units}", false, null, null, []);
        yield return new(OutcomeMeasure.OctRnfl, "OCT RNFL thickness", "um", false, 0m, null,
            [new("inter-eye difference suggesting a unilateral optic nerve lesion", 5m, ThresholdKind.Absolute, "Nolan-Kenney et al., Ann Neurol 2019", Recalled: true)]);
        yield return new(OutcomeMeasure.OctGcipl, "OCT GCIPL thickness", "um", false, 0m, null,
            [new("inter-eye difference suggesting a unilateral optic nerve lesion", 4m, ThresholdKind.Absolute, "Nolan-Kenney et al., Ann Neurol 2019", Recalled: true)]);
        yield return new(OutcomeMeasure.OctMacularVolume, "OCT macular volume", "mm3", false, 0m, null, []);
        yield return new(OutcomeMeasure.VepP100Latency, "VEP P100 latency", "ms", true, 0m, null, []);
        yield return new(OutcomeMeasure.SerumNfl, "Serum neurofilament light chain", "pg/mL", true, 0m, null, []);
        yield return new(OutcomeMeasure.CsfNfl, "CSF neurofilament light chain", "pg/mL", true, 0m, null, []);
        yield return new(OutcomeMeasure.SerumGfap, "Serum GFAP", "pg/mL", true, 0m, null, []);
        yield return new(OutcomeMeasure.Relapses, "Relapses", "{count}", true, 0m, null, []);
        yield return new(OutcomeMeasure.Other, "Other measure", "{unit}", null, null, null, []);
    }
}
