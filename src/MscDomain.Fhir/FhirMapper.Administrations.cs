using Hl7.Fhir.Model;
using MscDomain.Cells;
using MscDomain.Dosing;

namespace MscDomain.Fhir;

public static partial class FhirMapper
{
    /// <summary>
    /// An administration as an R4 <c>Procedure</c> (not <c>MedicationAdministration</c>).
    /// </summary>
    /// <param name="administration">The administration.</param>
    /// <param name="patient">The reference to the Patient.</param>
    /// <param name="product">The reference to the product given (a <c>BiologicallyDerivedProduct</c> in the bundle, or an identifier-only reference), by product id.</param>
    /// <returns>The Procedure.</returns>
    /// <remarks>
    /// Why Procedure: in R4 4.0.1 only <c>BiologicallyDerivedProduct.parent</c> can reference a BDP;
    /// <c>MedicationAdministration.medication[x]</c> is CodeableConcept|Reference(Medication), while R4 §10.11
    /// (BiologicallyDerivedProduct, "Boundaries and Relationships") names <c>Procedure</c> for the transplantation of a
    /// product, and the core <c>AdverseEvent.suspectEntity.instance</c> accepts a Procedure. R5 made the same choice
    /// (<c>Procedure.used</c> includes BDP). Procedure has no route or dose, so each given component travels in the
    /// extension <c>given-component</c>: product reference, route (SNOMED CT from <see cref="RouteCodes"/> + own
    /// code), dose as a UCUM <c>Quantity</c> (<c>10*6</c> cells, <c>10*6/kg</c> cells per kg, <c>mL</c>), lot and
    /// dose-adjusted flag. Status (event-status, required): planned → preparation, completed → completed, partial →
    /// stopped, not given / allocated not dosed → not-done with the reason as <c>statusReason</c>; the exact status also
    /// in <c>administration-status</c> (fhir-and-codes.md §1.4, POLICY).
    /// </remarks>
    public static Procedure ToProcedure(Administration administration, ResourceReference patient, Func<string, ResourceReference> product)
    {
        ArgumentNullException.ThrowIfNull(administration);
        ArgumentNullException.ThrowIfNull(product);
        var a = administration;
        var proc = new Procedure
        {
            Status = a.Status switch
            {
                AdministrationStatus.Planned => EventStatus.Preparation,
                AdministrationStatus.Completed => EventStatus.Completed,
                AdministrationStatus.Partial => EventStatus.Stopped,
                _ => EventStatus.NotDone,
            },
            StatusReason = a.Reason is { } r ? new CodeableConcept { Text = r } : null,
            Code = Fx.Cc(Fx.Concept("cell-administration")),
            Subject = patient,
            Performed = new FhirDateTime(Fx.Text(a.Date)),
        };
        Fx.Add(proc, "administration-status", Fx.CodeOf(a.Status));
        Fx.Add(proc, "administration-time", a.Time is { } t ? new Time(Fx.Text(t)) : null);
        Fx.Add(proc, "weight-on-day", a.WeightOnDay is { } w ? Fx.Ucum(w.Kilograms, "kg", "kg") : null);
        Fx.Add(proc, "planned-number", a.PlannedNumber is { } n ? new Integer(n) : null);
        Fx.Add(proc, "period-id", a.PeriodId is { } pid ? new FhirString(pid) : null);
        Fx.Add(proc, "failed-release-test", Fx.Code(a.FailedReleaseTest));
        foreach (var c in a.Components)
        {
            var e = new Extension { Url = FhirCanonicals.Extension("given-component") };
            e.Extension.Add(new Extension("product", product(c.ProductId)));
            var rc = RouteCodes.For(c.Route);
            var route = Fx.Cc(Fx.Own(c.Route));
            if (rc.SnomedCtCode is { } sct)
            {
                route.Coding.Insert(0, new Coding(FhirCanonicals.Snomed, sct));
            }

            e.Extension.Add(new Extension("route", route));
            if (c.DoseGiven is { } d)
            {
                e.Extension.Add(new Extension("dose", Fx.Ucum(d.Millions, "10^6 cells", "10*6")));
            }

            if (c.DosePerKgGiven is { } dk)
            {
                e.Extension.Add(new Extension("dose-per-kg", Fx.Ucum(dk.MillionsPerKg, "10^6 cells/kg", "10*6/kg")));
            }

            if (c.VolumeGiven is { } v)
            {
                e.Extension.Add(new Extension("volume", Fx.Ucum(v.Millilitres, "mL", "mL")));
            }

            if (c.LotId is { } lot)
            {
                e.Extension.Add(new Extension("lot", new FhirString(lot)));
            }

            if (c.DoseAdjusted)
            {
                e.Extension.Add(new Extension("dose-adjusted", new FhirBoolean(true)));
            }

            proc.Extension.Add(e);
        }

        return proc;
    }

    /// <summary>Reads an administration back from its Procedure.</summary>
    /// <param name="procedure">The Procedure written by <see cref="ToProcedure"/>.</param>
    /// <param name="productId">Resolves a product reference to the library's product id.</param>
    /// <returns>The administration.</returns>
    /// <exception cref="FhirImportException">A required element is missing or a value cannot be mapped.</exception>
    public static Administration FromProcedure(Procedure procedure, Func<ResourceReference, string, string> productId)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        ArgumentNullException.ThrowIfNull(productId);
        const string p = "Procedure";
        var status = FhirIn.CodeOrNull<AdministrationStatus>(FhirIn.ExtCode(procedure, "administration-status", p), $"{p}.extension('administration-status')")
            ?? procedure.Status switch
            {
                EventStatus.Preparation => AdministrationStatus.Planned,
                EventStatus.Completed => AdministrationStatus.Completed,
                EventStatus.Stopped => AdministrationStatus.Partial,
                EventStatus.NotDone => AdministrationStatus.NotGiven,
                _ => throw FhirIn.Unknown($"{p}.status", procedure.Status?.ToString(), "status must be preparation, completed, stopped or not-done."),
            };
        var date = FhirIn.Date((procedure.Performed as FhirDateTime)?.Value, $"{p}.performedDateTime");
        var time = FhirIn.ExtValue<Time>(procedure, "administration-time", p)?.Value is { } ts ? FhirIn.Time(ts, $"{p}.extension('administration-time')") : (NodaTime.LocalTime?)null;
        var weight = FhirIn.ExtValue<Quantity>(procedure, "weight-on-day", p);
        var failed = FhirIn.CodeOrNull<ReleaseTestKind>(FhirIn.ExtCode(procedure, "failed-release-test", p), $"{p}.extension('failed-release-test')");
        var components = new List<GivenComponent>();
        var i = 0;
        foreach (var e in procedure.Extension.Where(e => e.Url == FhirCanonicals.Extension("given-component")))
        {
            var path = $"{p}.extension('given-component')[{i++}]";
            var productRef = e.GetExtensionValue<ResourceReference>("product") ?? throw FhirIn.Missing($"{path}.extension('product')", "the product given is required.");
            var route = FhirIn.Own<Route>(e.GetExtensionValue<CodeableConcept>("route"), $"{path}.extension('route')");
            var dose = e.GetExtensionValue<Quantity>("dose");
            var perKg = e.GetExtensionValue<Quantity>("dose-per-kg");
            var volume = e.GetExtensionValue<Quantity>("volume");
            var pid = productId(productRef, $"{path}.extension('product')");
            components.Add(FhirIn.Build(path, () => new GivenComponent(
                pid, route,
                dose is null ? null : new CellCount(FhirIn.QuantityValue(dose, $"{path}.extension('dose')")),
                perKg is null ? null : new CellsPerKg(FhirIn.QuantityValue(perKg, $"{path}.extension('dose-per-kg')")),
                volume is null ? null : new VolumeMl(FhirIn.QuantityValue(volume, $"{path}.extension('volume')")),
                e.GetExtensionValue<FhirString>("lot")?.Value,
                e.GetExtensionValue<FhirBoolean>("dose-adjusted")?.Value ?? false)));
        }

        return FhirIn.Build(p, () => new Administration(
            date, status, [.. components], time,
            weight is null ? null : new WeightKg(FhirIn.QuantityValue(weight, $"{p}.extension('weight-on-day')")),
            FhirIn.ExtInt(procedure, "planned-number", p),
            FhirIn.ExtString(procedure, "period-id", p),
            procedure.StatusReason?.Text,
            failed));
    }
}
