namespace MscDomain.Samples;

/// <summary>
/// A pseudo-random generator whose sequence is specified, so that a seed gives the same synthetic data on every .NET
/// version and platform (<see cref="Random"/>'s sequence is not promised across versions).
/// </summary>
/// <remarks>
/// <para>Generator: xoshiro256** 1.0 (D. Blackman and S. Vigna, "Scrambled linear pseudorandom number generators",
/// ACM Trans. Math. Softw. 47(4), 2021; reference code <c>xoshiro256starstar.c</c>, prng.di.unimi.it). Seeding: the four
/// state words are the first four outputs of SplitMix64 (G. Steele, D. Lea and C. Flood, "Fast splittable pseudorandom
/// number generators", OOPSLA 2014; reference code <c>splitmix64.c</c>) started at the seed, as the xoshiro authors
/// recommend.</para>
/// <para>Derived values: <see cref="NextDouble"/> is the top 53 bits times 2^-53; <see cref="Next(int)"/> is Lemire's
/// unbiased multiply-shift with rejection (D. Lemire, "Fast random integer generation in an interval", ACM TOMACS 29(1),
/// 2019) on one 64-bit output per attempt.</para>
/// </remarks>
internal sealed class SpecifiedRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Seeds the state through SplitMix64.</summary>
    /// <param name="seed">Any 64-bit value (an <see cref="int"/> seed is sign-extended).</param>
    public SpecifiedRandom(long seed)
    {
        var x = unchecked((ulong)seed);
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>Sets the state directly (for the reference test vectors).</summary>
    internal SpecifiedRandom(ulong s0, ulong s1, ulong s2, ulong s3) => (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);

    /// <summary>One SplitMix64 step: advances <paramref name="x"/> and returns the mixed output.</summary>
    internal static ulong SplitMix64(ref ulong x)
    {
        unchecked
        {
            var z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The next 64-bit output of xoshiro256**.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = ulong.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A double in [0, 1): the top 53 bits of one output times 2^-53.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="maxExclusive"/>), without bias.</summary>
    /// <param name="maxExclusive">The bound, ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is below 1.</exception>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        var n = (ulong)maxExclusive;
        var m = (UInt128)NextUInt64() * n;
        if ((ulong)m < n)
        {
            var threshold = (0UL - n) % n;
            while ((ulong)m < threshold)
            {
                m = (UInt128)NextUInt64() * n;
            }
        }

        return (int)(m >> 64);
    }

    /// <summary>An integer in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>), without bias.</summary>
    /// <param name="minInclusive">The lower bound.</param>
    /// <param name="maxExclusive">The upper bound, above <paramref name="minInclusive"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty.</exception>
    public int Next(int minInclusive, int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxExclusive, minInclusive);
        return minInclusive + Next(maxExclusive - minInclusive);
    }
}
