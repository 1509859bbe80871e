using System.Text;
using ScottPlot;
using SkiaSharp;

namespace MscDomain.Plotting;

/// <summary>Rendering of ScottPlot figures to PNG/SVG bytes and files (shared by every figure type).</summary>
internal static class PlotOutput
{
    /// <summary>Smallest accepted width or height in pixels.</summary>
    public const int MinPixels = 200;

    /// <summary>Largest accepted width or height in pixels.</summary>
    public const int MaxPixels = 10_000;

    /// <summary>Checks a requested image size.</summary>
    public static void ValidateSize(int widthPixels, int heightPixels)
    {
        if (widthPixels is < MinPixels or > MaxPixels)
        {
            throw new ArgumentOutOfRangeException(nameof(widthPixels), widthPixels, $"Image width must be {MinPixels} to {MaxPixels} pixels; {widthPixels} is not.");
        }

        if (heightPixels is < MinPixels or > MaxPixels)
        {
            throw new ArgumentOutOfRangeException(nameof(heightPixels), heightPixels, $"Image height must be {MinPixels} to {MaxPixels} pixels; {heightPixels} is not.");
        }
    }

    /// <summary>The image format implied by a file name's extension (.png or .svg, any case).</summary>
    public static PlotImageFormat FormatFromPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => PlotImageFormat.Png,
            ".svg" => PlotImageFormat.Svg,
            var e => throw new ArgumentException($"Output file '{path}' has extension '{e}'; use .png or .svg.", nameof(path)),
        };
    }

    /// <summary>Renders a single plot.</summary>
    public static byte[] Render(Plot plot, PlotImageFormat format, int width, int height) => format switch
    {
        PlotImageFormat.Png => plot.GetImageBytes(width, height, ImageFormat.Png),
        PlotImageFormat.Svg => Encoding.UTF8.GetBytes(plot.GetSvgXml(width, height)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown image format."),
    };

    /// <summary>Renders a multi-panel figure.</summary>
    public static byte[] Render(Multiplot multiplot, PlotImageFormat format, int width, int height)
    {
        switch (format)
        {
            case PlotImageFormat.Png:
                using (var image = multiplot.Render(width, height))
                {
                    return image.GetImageBytes(ImageFormat.Png);
                }

            case PlotImageFormat.Svg:
                using (var stream = new MemoryStream())
                {
                    using (var canvas = SKSvgCanvas.Create(new SKRect(0, 0, width, height), stream))
                    {
                        // Each panel draws itself, clipped to its rectangle (a panel clears the canvas first).
                        var plots = multiplot.Subplots.GetPlots();
                        var rects = multiplot.Layout.GetSubplotRectangles(multiplot.Subplots, new PixelRect(0, width, height, 0));
                        for (var i = 0; i < plots.Length; i++)
                        {
                            if (rects[i].HasArea)
                            {
                                plots[i].RenderInMemory((int)rects[i].Width, (int)rects[i].Height); // settles axis limits: one pass in the SVG
                                canvas.Save();
                                canvas.ClipRect(rects[i].ToSKRect());
                                plots[i].Render(canvas, rects[i]);
                                canvas.Restore();
                            }
                        }
                    }

                    return stream.ToArray();
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown image format.");
        }
    }

    /// <summary>Writes bytes to <paramref name="path"/> through a temporary file in the same folder, so no partial file is left on failure.</summary>
    public static void WriteAtomically(string path, byte[] bytes) => MscDomain.IO.AtomicFile.WriteAllBytes(path, bytes);
}
