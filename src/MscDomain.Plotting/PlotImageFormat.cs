namespace MscDomain.Plotting;

/// <summary>The image format of a rendered figure.</summary>
public enum PlotImageFormat
{
    /// <summary>Portable Network Graphics raster image (lossless, pixel size as requested).</summary>
    Png = 0,

    /// <summary>Scalable Vector Graphics (XML text, UTF-8), for journals and editing.</summary>
    Svg = 1,
}
