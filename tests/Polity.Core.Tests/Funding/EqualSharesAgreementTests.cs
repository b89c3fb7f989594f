using Polity.Core.Funding.Budgeting;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Funding;

/// <summary>
/// The fast Equal Shares (floating-point search, exact decisions) against <see cref="EqualSharesOracle"/> on random
/// elections built to produce ties and near-ties: small integer costs (many equal prices), duplicate ballots,
/// whole and fractional shares, huge costs whose prices differ in the 16th digit.
/// </summary>
public sealed class EqualSharesAgreementTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Agrees_with_the_textbook_algorithm_on_small_elections_full_of_ties(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var instance = Random(random, voters: random.Next(0, 25), projects: random.Next(1, 9), maxCost: random.Next(1, 12), budget: random.Next(0, 60));
            foreach (var utility in new[] { MesUtility.Cost, MesUtility.Cardinality })
            {
                var shares = new[] { instance.Budget, instance.Budget + 1, random.Next(1, 30) }
                    .Select(b => instance.Ballots.Count == 0 ? Fraction.Whole(b) : new Fraction(b, instance.Ballots.Count));
                foreach (var share in shares)
                {
                    Same(instance, share, utility, $"seed {seed}, round {round}, {utility}, share {share}");
                }
                EqualShares.WithAdd1(instance, utility).Outcome.Selected
                    .ShouldBe(EqualSharesOracle.Add1(instance, utility).Selected, $"Add1, seed {seed}, round {round}, {utility}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Agrees_with_the_textbook_algorithm_on_larger_elections(int seed)
    {
        var random = new Random(1000 + seed);
        var instance = Random(random, voters: 300, projects: 25, maxCost: 1_000_000, budget: 3_000_000);
        Same(instance, new Fraction(instance.Budget, instance.Ballots.Count), MesUtility.Cost, $"seed {seed}");
        Same(instance, Fraction.Whole((instance.Budget / instance.Ballots.Count) + 7), MesUtility.Cardinality, $"seed {seed}");
    }

    [Fact]
    public void Prices_that_doubles_cannot_tell_apart_are_decided_exactly()
    {
        // Same supporters, costs 10^15 and 10^15 + 1: per unit of cost the prices tie exactly (the cheaper wins);
        // per project they differ by one part in 10^15, below what a double resolves after the division.
        const long big = 1_000_000_000_000_000;
        var instance = new PbInstance(3 * big, [new PbProject("dear", big + 1), new PbProject("cheap", big), new PbProject("other", big)],
            [.. Enumerable.Repeat(new PbBallot(["dear", "cheap"]), 7), .. Enumerable.Repeat(new PbBallot(["other"]), 3)]);

        foreach (var utility in new[] { MesUtility.Cost, MesUtility.Cardinality })
        {
            Same(instance, new Fraction(instance.Budget, 10), utility, utility.ToString());
            EqualShares.Select(instance, utility).Selected[0].ShouldBe("cheap");
        }
    }

    [Fact]
    public void Budgets_a_hair_away_from_a_price_are_put_on_the_right_side_of_it()
    {
        // Groups ab (approving A and B), a (A), b (B) and voters approving nothing. Each election is picked so that A
        // is bought first at its equal split and group ab is then left within 1/200 (but not exactly) of B's equal
        // split, at amounts near 10^14 where doubles are 1/64 or more apart: the search cannot tell whether ab pays
        // all it has for B or keeps something, so the split and the purchase must be settled exactly.
        const long unit = 100_000_000_000_000;
        var random = new Random(7);
        for (var found = 0; found < 30;)
        {
            var (ab, a, b, none) = (random.Next(1, 10), random.Next(1, 10), random.Next(1, 10), random.Next(0, 6));
            var voters = ab + a + b + none;
            var costA = (random.Next(1, 10) * unit) + random.Next(0, 51);
            var priceA = new Fraction(costA, ab + a);
            var budget = ((priceA + Fraction.Whole(random.Next(1, 6) * unit / 3)) * voters).Floor() + random.Next(0, 51);
            var share = new Fraction(budget, voters);
            var costB = ((share - priceA) * (ab + b)).Floor() + random.Next(-2, 3);
            var gap = share - priceA - new Fraction(costB, ab + b);
            if (share < priceA || gap.IsZero || gap * 200 > Fraction.Whole(1) || gap * -200 > Fraction.Whole(1)
                || new Fraction(costB, ab + b) <= priceA || ((share - priceA) * ab) + (share * b) < Fraction.Whole(costB))
            {
                continue;
            }
            found++;
            var instance = new PbInstance((long)budget, [new PbProject("A", costA), new PbProject("B", (long)costB)],
                [.. Enumerable.Repeat(new PbBallot(["A", "B"]), ab), .. Enumerable.Repeat(new PbBallot(["A"]), a),
                    .. Enumerable.Repeat(new PbBallot(["B"]), b), .. Enumerable.Repeat(new PbBallot([]), none)]);
            var context = $"ab {ab}, a {a}, b {b}, none {none}, costs {costA} and {costB}, budget {budget}";
            EqualSharesOracle.Run(instance, share, MesUtility.Cardinality).Selected.ShouldBe(["A", "B"], context);
            Same(instance, share, MesUtility.Cardinality, context);
        }
    }

    private static void Same(PbInstance instance, Fraction share, MesUtility utility, string context)
    {
        var (fast, slow) = (new List<IReadOnlyList<Fraction>>(), new List<List<Fraction>>());
        EqualShares.Run(instance, share, utility, fast.Add).Selected.ShouldBe(EqualSharesOracle.Run(instance, share, utility, slow).Selected, context);
        fast.Select(r => r.ToList()).ShouldBe(slow, context);
    }

    private static PbInstance Random(Random random, int voters, int projects, int maxCost, int budget)
    {
        var list = Enumerable.Range(0, projects).Select(i => new PbProject($"p{i}", random.Next(0, maxCost + 1))).ToList();
        var ballots = new List<PbBallot>();
        for (var v = 0; v < voters; v++)
        {
            // One ballot in three repeats an earlier one, so voter groups get weights above 1.
            ballots.Add(ballots.Count > 0 && random.Next(3) == 0
                ? ballots[random.Next(ballots.Count)]
                : new PbBallot([.. list.Where(_ => random.Next(3) == 0).Select(p => p.Id)]));
        }
        return new PbInstance(budget, list, ballots);
    }
}
