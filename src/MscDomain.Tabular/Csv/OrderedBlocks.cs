using System.Collections.Concurrent;
using System.Text;

namespace MscDomain.Tabular.Csv;

/// <summary>
/// Formats a table's rows in blocks on thread-pool threads and writes the blocks in order, so the text is exactly that
/// of one serial pass: at most two blocks per processor are in flight, and each block's buffer is written (and reused)
/// while later blocks are still being formatted.
/// </summary>
internal static class OrderedBlocks
{
    /// <summary>Writes the text of items 0 … <paramref name="count"/> - 1 to <paramref name="writer"/>.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="count">The number of items.</param>
    /// <param name="blockSize">Items per block.</param>
    /// <param name="format">Appends the text of items [from, to) to a buffer; must be safe to call on several threads at once.</param>
    public static void Write(TextWriter writer, int count, int blockSize, Action<int, int, StringBuilder> format)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(blockSize);
        var blocks = (count + blockSize - 1) / blockSize;
        if (blocks <= 1)
        {
            var text = new StringBuilder();
            format(0, count, text);
            writer.Write(text);
            return;
        }

        var window = Math.Max(1, Environment.ProcessorCount) * 2;
        var buffers = new ConcurrentBag<StringBuilder>();
        var pending = new Task<StringBuilder>[blocks];
        Task<StringBuilder> Start(int b) => Task.Run(() =>
        {
            var text = buffers.TryTake(out var t) ? t : new StringBuilder();
            format(b * blockSize, Math.Min(count, (b + 1) * blockSize), text);
            return text;
        });

        try
        {
            for (var b = 0; b < blocks && b < window; b++)
            {
                pending[b] = Start(b);
            }

            for (var b = 0; b < blocks; b++)
            {
                var text = pending[b].GetAwaiter().GetResult();
                pending[b] = null!;
                writer.Write(text);
                text.Clear();
                buffers.Add(text);
                if (b + window < blocks)
                {
                    pending[b + window] = Start(b + window);
                }
            }
        }
        finally
        {
            // After a failed write, the blocks in flight are awaited: no formatting outlives the call.
            foreach (var t in pending)
            {
                if (t is not null)
                {
                    try
                    {
                        t.GetAwaiter().GetResult();
                    }
                    catch (Exception)
                    {
                        // The first failure in order has been raised already.
                    }
                }
            }
        }
    }
}
