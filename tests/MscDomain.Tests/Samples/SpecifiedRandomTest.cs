using MscDomain.Samples;

namespace MscDomain.Tests.Samples;

/// <summary>The demonstration cohort's generator reproduces the published reference sequences.</summary>
public sealed class SpecifiedRandomTest
{
    [Fact]
    public void Xoshiro256_star_star_from_state_1_2_3_4_gives_the_reference_outputs()
    {
        // The reference implementation's outputs for the state {1, 2, 3, 4}, as used by other ports' test suites
        // (e.g. the Rust crate rand_xoshiro: "produced with the reference implementation").
        ulong[] expected =
        [
            11520, 0, 1509978240, 1215971899390074240, 1216172134540287360,
            607988272756665600, 16172922978634559625, 8476171486693032832, 10595114339597558777, 2904607092377533576,
        ];
        var rng = new SpecifiedRandom(1, 2, 3, 4);
        expected.Select(_ => rng.NextUInt64()).Should().Equal(expected);
    }

    [Fact]
    public void SplitMix64_from_0_gives_the_reference_outputs()
    {
        // splitmix64.c started at x = 0: the first outputs quoted by several ports (e220a8397b1dcdaf, 6e789e6aa1b965f4, ...).
        var x = 0UL;
        ulong[] expected = [0xE220A8397B1DCDAFUL, 0x6E789E6AA1B965F4UL, 0x06C45D188009454FUL, 0xF88BB8A8724C81ECUL];
        expected.Select(_ => SpecifiedRandom.SplitMix64(ref x)).Should().Equal(expected);
    }

    [Fact]
    public void Seeding_uses_splitmix64_outputs_as_the_state()
    {
        var x = 0UL;
        var direct = new SpecifiedRandom(SpecifiedRandom.SplitMix64(ref x), SpecifiedRandom.SplitMix64(ref x), SpecifiedRandom.SplitMix64(ref x), SpecifiedRandom.SplitMix64(ref x));
        var seeded = new SpecifiedRandom(0);
        Enumerable.Range(0, 5).Select(_ => seeded.NextUInt64()).Should().Equal(Enumerable.Range(0, 5).Select(_ => direct.NextUInt64()));
    }

    [Fact]
    public void Bounded_integers_stay_in_range_and_cover_it()
    {
        var rng = new SpecifiedRandom(42);
        var seen = Enumerable.Range(0, 2000).Select(_ => rng.Next(-3, 4)).ToList();
        seen.Should().OnlyContain(v => v >= -3 && v < 4);
        seen.Distinct().Should().HaveCount(7);
        var doubles = Enumerable.Range(0, 2000).Select(_ => rng.NextDouble()).ToList();
        doubles.Should().OnlyContain(d => d >= 0 && d < 1);
        doubles.Average().Should().BeApproximately(0.5, 0.05);
    }

    [Fact]
    public void Empty_ranges_are_rejected()
    {
        var rng = new SpecifiedRandom(1);
        FluentActions.Invoking(() => rng.Next(0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => rng.Next(5, 5)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
