using MscDomain.Safety;

namespace MscDomain.Tests.Safety;

/// <summary>Unit spellings that safety.md §4 declares the same unit.</summary>
public sealed class CtcaeLabUnitParserTest
{
    [Theory]
    [InlineData("/µL")]
    [InlineData("/uL")]
    [InlineData("cells/µL")]
    [InlineData("cells/uL")]
    [InlineData("/mm3")]
    [InlineData("/mm³")]
    [InlineData("1/uL")]
    [InlineData("10^3/mL")]
    [InlineData(" /UL ")]
    public void Per_microliter_spellings(string text) => LabUnitParser.Parse(text).Should().Be(LabUnit.PerMicroliter);

    [Theory]
    [InlineData("10^9/L")]
    [InlineData("10*9/L")]
    [InlineData("x10^9/L")]
    [InlineData("10^3/µL")]
    [InlineData("10^3/uL")]
    [InlineData("10^3/mm3")]
    [InlineData("10^9/l")]
    public void Giga_per_liter_spellings(string text) => LabUnitParser.Parse(text).Should().Be(LabUnit.GigaPerLiter);

    [Theory]
    [InlineData("mmol/L", LabUnit.MillimolesPerLiter)]
    [InlineData("Mmol/L", LabUnit.MillimolesPerLiter)]
    [InlineData("MG/dL", LabUnit.MilligramsPerDeciliter)]
    [InlineData("G/L", LabUnit.GramsPerLiter)]
    [InlineData("g/dL", LabUnit.GramsPerDeciliter)]
    [InlineData("umol/L", LabUnit.MicromolesPerLiter)]
    [InlineData("µmol/L", LabUnit.MicromolesPerLiter)]
    [InlineData("mL/min", LabUnit.MillilitersPerMinute)]
    [InlineData("", LabUnit.Unspecified)]
    [InlineData("G/cL", LabUnit.Unrecognized)]
    [InlineData("10^8/L", LabUnit.Unrecognized)]
    [InlineData("10^9/M", LabUnit.Unrecognized)]
    [InlineData("L/min", LabUnit.Unrecognized)]
    public void Other_units(string text, LabUnit expected) => LabUnitParser.Parse(text).Should().Be(expected);
}
