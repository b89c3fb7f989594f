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

    [Fact]
    public void Refuses_negative_numbers() => Should.Throw<ArgumentOutOfRangeException>(() => IntegerSqrt.Of(-1));
}
