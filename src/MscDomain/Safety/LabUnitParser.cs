namespace MscDomain.Safety;

/// <summary>Recognises the unit spellings of lab data (safety.md §4) without allocating.</summary>
public static class LabUnitParser
{
    /// <summary>Parses a unit string case-insensitively; "µ" may be written "u", "cells" may prefix a count unit.</summary>
    /// <param name="text">The unit as written in the data, e.g. <c>"10^9/L"</c>, <c>"cells/uL"</c>, <c>"mg/dL"</c>.</param>
    /// <returns>The unit; <see cref="LabUnit.Unspecified"/> for empty text, <see cref="LabUnit.Unrecognized"/> when unknown.</returns>
    /// <remarks>
    /// Count identities: /µL = /uL = cells/µL = /mm3 = /mm³ = 1/µL = 10^3/mL (admiral's "legacy" unit, numerically
    /// per µL); 10^9/L = 10*9/L = x10^9/L = 10^3/µL = 10^3/mm3. A unit such as "G/cL" or "10^8/L" is not recognised.
    /// </remarks>
    public static LabUnit Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            return LabUnit.Unspecified;
        }

        Span<char> buffer = stackalloc char[32];
        if (text.Length > buffer.Length)
        {
            return LabUnit.Unrecognized;
        }

        var n = 0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                continue;
            }

            buffer[n++] = c switch
            {
                'µ' or 'μ' => 'u',
                '³' => '3',
                _ => char.ToLowerInvariant(c),
            };
        }

        ReadOnlySpan<char> u = buffer[..n];
        if (u.StartsWith("cells", StringComparison.Ordinal))
        {
            u = u[5..];
        }

        return u switch
        {
            "g/l" => LabUnit.GramsPerLiter,
            "g/dl" => LabUnit.GramsPerDeciliter,
            "mmol/l" => LabUnit.MillimolesPerLiter,
            "mg/dl" => LabUnit.MilligramsPerDeciliter,
            "umol/l" => LabUnit.MicromolesPerLiter,
            "10^9/l" or "10*9/l" or "x10^9/l" or "10e9/l" or "10^3/ul" or "10*3/ul" or "x10^3/ul" or "10^3/mm3" or "k/ul" or "giga/l" => LabUnit.GigaPerLiter,
            "/ul" or "1/ul" or "/mm3" or "1/mm3" or "10^3/ml" or "10*3/ml" => LabUnit.PerMicroliter,
            "ml/min" => LabUnit.MillilitersPerMinute,
            _ => LabUnit.Unrecognized,
        };
    }
}
