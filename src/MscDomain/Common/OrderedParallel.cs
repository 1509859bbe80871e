namespace MscDomain.Common;

/// <summary>
/// Ordered parallel work, the one pattern behind the large-file paths (visits read in parts, lab rows graded in chunks,
/// result tables formatted in blocks): items are produced on thread-pool threads, at most two per processor in flight,
/// and consumed in item order on the calling thread, each as soon as it and all before it are ready. The outcome is the
/// one of a serial pass over the items in order.
/// </summary>
internal static class OrderedParallel
{
    /// <summary>Produces items 0 … <paramref name="count"/> - 1 in parallel and consumes them in order.</summary>
    /// <typeparam name="T">What an item produces.</typeparam>
    /// <param name="count">The number of items.</param>
    /// <param name="produce">Produces item <c>i</c>; called on several threads at once. Its second argument says whether
    /// the run has stopped (a consumer said stop, or raised), after which the result is never consumed: return early.</param>
    /// <param name="consume">Consumes item <c>i</c> on the calling thread, in order; returns <see langword="false"/> to
    /// stop. An exception it raises ends the run and propagates.</param>
    /// <remarks>When the run ends early, the items in flight see the stop and are awaited before the call returns, so no
    /// work outlives it; their own failures are ignored then (the first failure in order has been raised).</remarks>
    public static void Run<T>(int count, Func<int, Func<bool>, T> produce, Func<int, T, bool> consume)
    {
        ArgumentNullException.ThrowIfNull(produce);
        ArgumentNullException.ThrowIfNull(consume);
        var window = Math.Max(1, Environment.ProcessorCount) * 2;
        var pending = new Task<T>[count];
        var stop = 0;
        bool Stopped() => Volatile.Read(ref stop) != 0;
        Task<T> Start(int i) => Task.Run(() => produce(i, Stopped));
        try
        {
            for (var i = 0; i < count && i < window; i++)
            {
                pending[i] = Start(i);
            }

            for (var i = 0; i < count; i++)
            {
                var result = pending[i].GetAwaiter().GetResult();
                pending[i] = null!;
                if (!consume(i, result))
                {
                    return;
                }

                if (i + window < count)
                {
                    pending[i + window] = Start(i + window);
                }
            }
        }
        finally
        {
            Volatile.Write(ref stop, 1);
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
                        // The run has already ended with its own outcome.
                    }
                }
            }
        }
    }
}
