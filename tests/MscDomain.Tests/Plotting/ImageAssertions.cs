using System.Buffers.Binary;
using System.Xml.Linq;

namespace MscDomain.Tests.Plotting;

internal static class ImageAssertions
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Checks the PNG signature and reads width/height from the IHDR chunk (PNG spec §11.2.2).</summary>
    public static void ShouldBePng(byte[] bytes, int width, int height)
    {
        bytes.Length.Should().BeGreaterThan(1000);
        bytes.Take(8).Should().Equal(PngSignature);
        System.Text.Encoding.ASCII.GetString(bytes, 12, 4).Should().Be("IHDR");
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)).Should().Be(width);
        BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)).Should().Be(height);
    }

    public static void ShouldBeSvg(byte[] bytes, int width, int height)
    {
        var doc = XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        doc.Root!.Name.LocalName.Should().Be("svg");
        ParseLength(doc.Root.Attribute("width")?.Value).Should().Be(width);
        ParseLength(doc.Root.Attribute("height")?.Value).Should().Be(height);
        doc.Descendants().Count().Should().BeGreaterThan(20);
    }

    private static double ParseLength(string? v) =>
        double.Parse((v ?? "nan").Replace("px", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
