using ScottPlot;

namespace MscDomain.Plotting;

/// <summary>Two stacked panels: the top one takes what the bottom one (fixed pixel height) leaves.</summary>
internal sealed class StackedRowsLayout(float bottomHeightPixels) : IMultiplotLayout
{
    public PixelRect[] GetSubplotRectangles(SubplotCollection subplots, PixelRect figureRect)
    {
        var split = figureRect.Bottom - bottomHeightPixels;
        var rects = new PixelRect[subplots.Count];
        for (var i = 0; i < rects.Length; i++)
        {
            rects[i] = i switch
            {
                0 => new PixelRect(figureRect.Left, figureRect.Right, split, figureRect.Top),
                1 => new PixelRect(figureRect.Left, figureRect.Right, figureRect.Bottom, split),
                _ => new PixelRect(figureRect.Left, figureRect.Left, figureRect.Bottom, figureRect.Bottom),
            };
        }

        return rects;
    }
}
