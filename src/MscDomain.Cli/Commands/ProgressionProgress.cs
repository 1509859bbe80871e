using System.Globalization;

namespace MscDomain.Cli.Commands;

/// <summary>Runs a per-participant analysis in batches and reports progress on stderr, only when stderr is the
/// process's error stream and a terminal (<see cref="Console.IsErrorRedirected"/> false); silent otherwise.</summary>
internal static class ProgressionProgress
{
    /// <summary>Whether progress should be shown on <paramref name="stderr"/>.</summary>
    /// <param name="stderr">The error writer the command was given.</param>
    /// <returns>True for an interactive terminal.</returns>
    public static bool Enabled(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Analyses <paramref name="items"/> with <paramref name="analyze"/>, in batches when showing progress.</summary>
    /// <typeparam name="TIn">Input item.</typeparam>
    /// <typeparam name="TOut">Result item.</typeparam>
    /// <param name="items">Inputs.</param>
    /// <param name="analyze">Batch analysis (results in input order).</param>
    /// <param name="stderr">Error writer.</param>
    /// <returns>All results in input order.</returns>
    public static IReadOnlyList<TOut> Run<TIn, TOut>(IReadOnlyList<TIn> items, Func<IReadOnlyList<TIn>, IReadOnlyList<TOut>> analyze, TextWriter stderr)
    {
        if (!Enabled(stderr) || items.Count < 5_000)
        {
            return analyze(items);
        }

        var batch = Math.Max(1_000, items.Count / 50);
        var results = new List<TOut>(items.Count);
        for (var start = 0; start < items.Count; start += batch)
        {
            var slice = new ArraySegmentList<TIn>(items, start, Math.Min(batch, items.Count - start));
            results.AddRange(analyze(slice));
            stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\ranalysed {results.Count:N0} of {items.Count:N0} participants ({100L * results.Count / items.Count}%)"));
        }

        stderr.WriteLine();
        return results;
    }

    private sealed class ArraySegmentList<T>(IReadOnlyList<T> source, int offset, int count) : IReadOnlyList<T>
    {
        public T this[int index] => (uint)index < (uint)count ? source[offset + index] : throw new ArgumentOutOfRangeException(nameof(index));

        public int Count => count;

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return source[offset + i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
