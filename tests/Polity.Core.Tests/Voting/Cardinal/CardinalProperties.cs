using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Primitives;
using Polity.Core.Voting;
using Polity.Core.Voting.Cardinal;
using static Polity.Core.Tests.Voting.MethodHarness;

namespace Polity.Core.Tests.Voting.Cardinal;

/// <summary>Invariants of the numbered methods over random ballots.</summary>
public sealed class CardinalProperties
{
    private static readonly Polity.Core.Events.ProposalOption[] Options3 = Options("a", "b", "c", "abstain");
    private static readonly string[] Names = ["a", "b", "c"];

    /// <summary>A ballot naming a random subset of a, b, c with numbers in [0, max], or an abstention.</summary>
    private static Gen<(long Weight, Ballot Ballot)> Ballots(int max) =>
        from weight in Gen.Choose(1, 100)
        from abstain in Gen.Elements(false, false, false, true)
        from mask in Gen.Choose(0, 7)
        from amounts in Gen.Choose(0, max).ArrayOf(3)
        select abstain
            ? ((long)weight, new Ballot(["abstain"]))
            : ((long)weight, new Ballot(
                Names.Where((_, i) => (mask >> i & 1) == 1).ToArray(),
                amounts.Where((_, i) => (mask >> i & 1) == 1).Select(a => (long)a).ToArray()));

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Any_quadratic_ballot_the_check_accepts_costs_at_most_the_budget_and_any_within_it_is_accepted() =>
        Prop.ForAll(Ballots(15).ToArbitrary(), Gen.Choose(1, 500).ToArbitrary(), (b, credits) =>
        {
            var settings = Settings(("credits", credits.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var accepted = new QuadraticMethod().CheckBallot(b.Ballot, Options3, settings) is null;
            return accepted == (QuadraticMethod.Cost(b.Ballot) <= credits);
        });

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Weighted_support_sums_to_the_weight_of_the_ballots_that_did_not_abstain() =>
        Prop.ForAll(Ballots(9).ArrayOf().ToArbitrary(), ballots =>
        {
            var method = new WeightedMethod();
            var valid = ballots.Where(b => method.CheckBallot(b.Ballot, Options3, MethodSettings.Empty) is null).ToArray();
            var count = Count(method, Options3, valid);
            var voting = valid.Where(b => !b.Ballot.IsAbstention).Aggregate(Fraction.Zero, (s, b) => s + b.Weight);
            var supported = count.Support.Take(3).Aggregate(Fraction.Zero, (s, x) => s + x);
            return supported == voting && count.Decisive == voting;
        });

    [FsCheck.Xunit.Property(MaxTest = 100)]
    public Property Score_quadratic_and_weighted_counts_do_not_depend_on_ballot_order() =>
        Prop.ForAll(Ballots(5).ArrayOf().ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (ballots, seed) =>
        {
            IVotingMethod[] methods = [new ScoreMethod(), new QuadraticMethod(), new WeightedMethod()];
            return methods.All(method =>
            {
                var valid = ballots.Where(b => method.CheckBallot(b.Ballot, Options3, MethodSettings.Empty) is null).ToArray();
                var shuffled = valid.OrderBy(b => HashCode.Combine(b.Ballot.ToString(), b.Weight, seed)).ToArray();
                var first = Count(method, Options3, valid);
                var second = Count(method, Options3, shuffled);
                return first.Support.SequenceEqual(second.Support) && first.Decisive == second.Decisive;
            });
        });
}
