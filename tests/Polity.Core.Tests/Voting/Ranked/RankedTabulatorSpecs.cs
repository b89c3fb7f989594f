using System.Globalization;
using Polity.Core.Voting.Ranked;

namespace Polity.Core.Tests.Voting.Ranked;

public sealed class RankedTabulatorSpecs
{
    private static readonly RankedContest Abc = new(["A", "B", "C"], new HashSet<string>());

    private static RankedBallot B(params string[] ranks) =>
        new(ranks.Select(r => (IReadOnlyList<string>)(r.Length == 0 ? [] : r.Split('|'))).ToList());

    private static IEnumerable<RankedBallot> Times(int n, RankedBallot ballot) => Enumerable.Repeat(ballot, n);

    [Fact]
    public void Java_random_reproduces_the_documented_sequence()
    {
        new JavaRandom(0).NextDouble().ShouldBe(0.730967787376657);
        new JavaRandom(42).NextDouble().ShouldBe(0.7275636800328681);
    }

    [Fact]
    public void Truncation_keeps_bigdecimal_scale()
    {
        VoteMath.Truncate(2.5m, 4).ToString(CultureInfo.InvariantCulture).ShouldBe("2.5000");
        VoteMath.Truncate(1.23456m, 2).ToString(CultureInfo.InvariantCulture).ShouldBe("1.23");
        VoteMath.RoundUp(1.231m, 2).ShouldBe(1.24m);
    }

    [Fact]
    public void Instant_runoff_eliminates_the_last_and_transfers_to_the_next_choice()
    {
        var ballots = Times(4, B("A")).Concat(Times(3, B("B"))).Concat(Times(2, B("C", "B"))).ToList();
        var result = RankedTabulator.Tabulate(ballots, Abc, new RankedRules());

        result.Rounds[0].Eliminated.ShouldBe(["C"]);
        result.Rounds[0].Transfers["C"]["B"].ShouldBe(2m);
        result.Rounds[1].Tally["B"].ShouldBe(5m);
        result.Winners.ShouldBe(["B"]);
        result.Rounds[1].Threshold.ShouldBe(5m);
    }

    [Fact]
    public void An_overvote_exhausts_or_is_skipped_by_rule()
    {
        var ballots = Times(3, B("A")).Concat(Times(2, B("B"))).Append(B("B|C", "A")).ToList();

        var exhaust = RankedTabulator.Tabulate(ballots, Abc, new RankedRules { OvervoteRule = OvervoteRule.ExhaustImmediately });
        exhaust.Rounds[0].InactiveFor(InactiveReason.Overvote).ShouldBe(1m);

        var skip = RankedTabulator.Tabulate(ballots, Abc, new RankedRules { OvervoteRule = OvervoteRule.AlwaysSkipToNextRank });
        skip.Rounds[0].Tally["A"].ShouldBe(4m);
    }

    [Fact]
    public void A_tie_that_needs_a_human_is_refused()
    {
        var ballots = Times(2, B("A")).Concat(Times(1, B("B"))).Concat(Times(1, B("C"))).ToList();

        Should.Throw<RankedTabulationException>(() =>
            RankedTabulator.Tabulate(ballots, Abc, new RankedRules { TiebreakMode = TiebreakMode.StopCountingAndAsk }));
    }

    [Fact]
    public void Candidate_order_breaks_a_tie_for_last_against_the_later_candidate()
    {
        var ballots = Times(2, B("A")).Concat(Times(1, B("B", "A"))).Concat(Times(1, B("C", "A"))).ToList();
        var result = RankedTabulator.Tabulate(ballots, Abc, new RankedRules { TiebreakMode = TiebreakMode.UseCandidateOrder });

        result.Rounds[0].Eliminated.ShouldBe(["C"]);
    }

    [Fact]
    public void Surplus_transfers_truncate_to_the_configured_places()
    {
        var contest = new RankedContest(["A", "B", "C"], new HashSet<string>());
        var ballots = Times(7, B("A", "B")).Concat(Times(2, B("B"))).Concat(Times(3, B("C"))).ToList();
        var result = RankedTabulator.Tabulate(ballots, contest, new RankedRules
        {
            WinnerElectionMode = WinnerElectionMode.MultiWinnerAllowMultipleWinnersPerRound,
            NumberOfWinners = 2,
            DecimalPlacesForVoteArithmetic = 4,
        });

        result.Rounds[0].Threshold.ShouldBe(5m);
        result.Rounds[0].Elected.ShouldBe(["A"]);
        // surplus fraction (7 - 5) / 7 = 0.2857 (truncated); each of 7 ballots carries 0.2857 to B
        result.Rounds[0].Transfers["A"]["B"].ToString(CultureInfo.InvariantCulture).ShouldBe("1.9999");
        result.Winners.Count.ShouldBe(2);
    }
}
