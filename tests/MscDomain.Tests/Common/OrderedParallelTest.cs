using System.Collections.Concurrent;
using MscDomain.Common;

namespace MscDomain.Tests.Common;

/// <summary>The ordered parallel loop: consumed in order whatever the finishing order, a stop ends it with no work in flight.</summary>
public sealed class OrderedParallelTest
{
    [Fact]
    public void Items_are_consumed_in_order_whatever_order_they_finish_in()
    {
        var consumed = new List<int>();
        OrderedParallel.Run(40, (i, _) => { Thread.Sleep((40 - i) % 7); return i * i; }, (i, r) => { consumed.Add(r); return i >= 0; });
        consumed.Should().Equal(Enumerable.Range(0, 40).Select(i => i * i));
    }

    [Fact]
    public void A_stop_consumes_nothing_more_and_leaves_no_work_running()
    {
        var running = 0;
        var started = new ConcurrentBag<int>();
        var consumed = new List<int>();
        OrderedParallel.Run(
            100,
            (i, stopped) =>
            {
                Interlocked.Increment(ref running);
                started.Add(i);
                Thread.Sleep(2);
                var seen = stopped();
                Interlocked.Decrement(ref running);
                return seen;
            },
            (i, _) =>
            {
                consumed.Add(i);
                return i < 5;
            });
        consumed.Should().Equal(0, 1, 2, 3, 4, 5);
        Volatile.Read(ref running).Should().Be(0, "items in flight are awaited before the call returns");
        started.Count.Should().BeLessThan(100, "items beyond the window are never started after a stop");
    }

    [Fact]
    public void An_exception_in_the_consumer_propagates_after_the_work_in_flight_ends()
    {
        var running = 0;
        var act = () => OrderedParallel.Run(
            50,
            (i, _) =>
            {
                Interlocked.Increment(ref running);
                Thread.Sleep(1);
                Interlocked.Decrement(ref running);
                return i;
            },
            (i, _) => i == 3 ? throw new InvalidOperationException("item 3") : true);
        act.Should().Throw<InvalidOperationException>().WithMessage("item 3");
        Volatile.Read(ref running).Should().Be(0);
    }
}
