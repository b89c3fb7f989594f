using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Funding.QuadraticFunding;

namespace Polity.Core.Tests.Funding;

/// <summary>Invariants of the integer allocation, over random rounds.</summary>
public sealed class LinearQfProperties
{
    private static readonly string[] Donors = ["d0", "d1", "d2", "d3", "d4", "d5"];
    private static readonly string[] Projects = ["p0", "p1", "p2", "p3"];

    private static Gen<Contribution[]> Rounds() =>
        (from donor in Gen.Elements(Donors)
         from project in Gen.Elements(Projects)
         from amount in Gen.Choose(0, 5_000_000)
         select new Contribution(donor, project, amount)).ArrayOf();

    /// <summary>Never more than the pool; when saturated, short only by what the divisions rounded away.</summary>
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Pays_at_most_the_pool_and_loses_at_most_one_unit_per_division() =>
        Prop.ForAll(Rounds().ToArbitrary(), Gen.Choose(1, 50_000_000).ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (round, pool, ignoreSaturation) =>
        {
            var results = LinearQf.Calculate(round, pool, new LinearQfOptions(IgnoreSaturation: ignoreSaturation));
            var paid = results.Aggregate(BigInteger.Zero, (s, r) => s + r.Matched);
            var ideal = results.Aggregate(BigInteger.Zero, (s, r) => s + r.IdealMatch);
            var saturated = ideal >= pool || ignoreSaturation;
            var expectedFloor = !saturated ? ideal : ideal.IsZero ? BigInteger.Zero : pool - results.Count;
            return paid <= pool && paid >= expectedFloor && results.All(r => r.IdealMatch >= 0);
        });

    /// <summary>With a cap, nobody is paid above it and the total never exceeds the pool.</summary>
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Respects_the_cap() =>
        Prop.ForAll(Rounds().ToArbitrary(), Gen.Choose(1, 50_000_000).ToArbitrary(), Gen.Choose(1, 20_000_000).ToArbitrary(), (round, pool, cap) =>
        {
            var results = LinearQf.Calculate(round, pool, new LinearQfOptions(IgnoreSaturation: true, MatchingCapAmount: cap));
            var paid = results.Aggregate(BigInteger.Zero, (s, r) => s + r.Matched);
            return paid <= pool && results.All(r => r.Matched <= cap && r.CapOverflow == r.MatchedWithoutCap - cap);
        });

    /// <summary>Amounts past 64 bits take the BigInteger path; mixed with small ones the sums stay exact.</summary>
    [Fact]
    public void Amounts_beyond_64_bits_are_summed_exactly()
    {
        var huge = BigInteger.Pow(10, 30) + 7;
        var round = new[] { new Contribution("a", "p", huge), new Contribution("b", "p", 99), new Contribution("c", "p", ulong.MaxValue) };

        var result = LinearQf.Calculate(round, 0).Single();

        var roots = new[] { huge, 99, ulong.MaxValue }.Select(x => IntegerSqrt.Of(x)).ToList();
        result.SumOfSqrt.ShouldBe(roots.Aggregate(BigInteger.Zero, (s, r) => s + r.Root));
        result.SumOfSqrtRemainder.ShouldBe(roots.Aggregate(BigInteger.Zero, (s, r) => s + r.Remainder));
        result.TotalReceived.ShouldBe(huge + 99 + ulong.MaxValue);
        result.ContributionsCount.ShouldBe(new BigInteger(3));
    }
}
