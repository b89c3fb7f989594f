using System.Numerics;
using Polity.Core.Funding.QuadraticFunding;

namespace Polity.Core.Tests.Funding;

public sealed class IntegerSqrtTests
{
    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 1, 0)]
    [InlineData(2, 1, 1)]
    [InlineData(99, 9, 18)]
    [InlineData(200, 14, 4)]
    [InlineData(9000000, 3000, 0)]
    public void Returns_the_floor_root_and_remainder(long n, long root, long remainder) =>
        IntegerSqrt.Of(n).ShouldBe((new BigInteger(root), new BigInteger(remainder)));

    [Fact]
    public void Is_exact_for_huge_numbers()
    {
        var r = BigInteger.Pow(10, 40) + 12345;
        var (root, rest) = IntegerSqrt.Of((r * r) + (2 * r));
        root.ShouldBe(r);
        rest.ShouldBe(2 * r);
    }

    [Theory]
    [InlineData(ulong.MaxValue)]
    [InlineData((ulong)uint.MaxValue * uint.MaxValue)]
    [InlineData(((ulong)uint.MaxValue * uint.MaxValue) - 1)]
    [InlineData((1UL << 53) + 1)]
    [InlineData(((1UL << 26) + 1) * ((1UL << 26) + 1) - 1)]
    [InlineData(999_999_999_999_999_999)]
    public void Is_exact_at_the_edges_of_64_bits(ulong n)
    {
        // Against the slow path: n · 2^64 is past 64 bits, and ⌊√(n · 2^64)⌋ = ⌊√n · 2^32⌋, which shifted back by 32 is ⌊√n⌋.
        var (root, rest) = IntegerSqrt.Of(n);
        ((UInt128)root * root).ShouldBeLessThanOrEqualTo(n);
        ((UInt128)(root + 1) * (root + 1)).ShouldBeGreaterThan(n);
        rest.ShouldBe(n - (root * root));
        var (big, _) = IntegerSqrt.Of((BigInteger)n << 64);
        (big >> 32).ShouldBe(new BigInteger(root));
    }

    [Fact]
    public void Refuses_negative_numbers() => Should.Throw<ArgumentOutOfRangeException>(() => IntegerSqrt.Of(-1));
}
