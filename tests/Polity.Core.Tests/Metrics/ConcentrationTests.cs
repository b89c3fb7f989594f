using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Metrics;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Metrics;

/// <summary>Gini, Nakamoto and top-10 share on weights computed by hand, and their bounds over random weights.</summary>
public sealed class ConcentrationTests
{
    [Fact]
    public void Equal_weights_have_a_gini_of_zero()
    {
        Concentration.Gini([1, 1, 1, 1]).ShouldBe(Fraction.Zero);
        Concentration.Nakamoto([1, 1, 1, 1]).ShouldBe(3); // 2 of 4 is exactly half, not more
        Concentration.TopShare([1, 1, 1, 1]).ShouldBe(new Fraction(1, 1));
    }

    [Fact]
    public void Stakes_of_60_30_and_10_have_a_gini_of_one_third_and_a_nakamoto_of_one()
    {
        // Σ|wi − wj| over ordered pairs = 2·(30 + 50 + 20) = 200; 200 / (2 · 3 · 100) = 1/3.
        Concentration.Gini([60, 30, 10]).ShouldBe(new Fraction(1, 3));
        Concentration.Nakamoto([10, 60, 30]).ShouldBe(1);
        Concentration.Nakamoto([50, 30, 20]).ShouldBe(2);
    }

    [Fact]
    public void One_holder_of_everything_among_four_gives_the_maximum_gini_of_three_quarters()
    {
        Concentration.Gini([0, 10, 0, 0]).ShouldBe(new Fraction(3, 4));
        Concentration.Nakamoto([0, 10, 0, 0]).ShouldBe(1);
    }

    [Fact]
    public void The_top_ten_of_twelve_equal_holders_hold_ten_twelfths()
    {
        Concentration.TopShare([.. Enumerable.Repeat(5L, 12)]).ShouldBe(new Fraction(5, 6));
        Concentration.TopShare([.. Enumerable.Range(1, 12).Select(i => (long)i)], 2).ShouldBe(new Fraction(23, 78));
    }

    [Fact]
    public void Nobody_holding_weight_gives_zero_everywhere()
    {
        Concentration.Gini([]).ShouldBe(Fraction.Zero);
        Concentration.Gini([0, 0]).ShouldBe(Fraction.Zero);
        Concentration.Nakamoto([0, 0]).ShouldBe(0);
        Concentration.TopShare([]).ShouldBe(Fraction.Zero);
    }

    [Fact]
    public void Negative_weights_are_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Concentration.Gini([1, -1]));
    }

    private static Arbitrary<long[]> Weights() =>
        Gen.Choose(0, 1_000_000).Select(i => (long)i).ArrayOf().Select(a => a.Take(60).ToArray()).ToArbitrary();

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Gini_is_between_zero_and_one() =>
        Prop.ForAll(Weights(), w => Concentration.Gini(w) >= Fraction.Zero && Concentration.Gini(w) <= new Fraction(1, 1));

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Gini_agrees_with_the_sum_of_all_pairwise_differences() =>
        Prop.ForAll(Weights(), w =>
        {
            var total = w.Sum();
            var pairs = w.Sum(a => w.Sum(b => Math.Abs(a - b)));
            return Concentration.Gini(w) == (total == 0 ? Fraction.Zero : new Fraction(pairs, 2L * w.Length * total));
        });

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Nakamoto_is_at_least_one_when_anyone_holds_weight_and_at_most_the_holders() =>
        Prop.ForAll(Weights(), w =>
        {
            var n = Concentration.Nakamoto(w);
            return w.Sum() == 0 ? n == 0 : n >= 1 && n <= w.Count(x => x > 0);
        });

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Top_ten_share_is_between_zero_and_one() =>
        Prop.ForAll(Weights(), w => Concentration.TopShare(w) >= Fraction.Zero && Concentration.TopShare(w) <= new Fraction(1, 1));
}
