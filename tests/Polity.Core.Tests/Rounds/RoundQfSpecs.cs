using Polity.Core.Events;
using Polity.Core.Rounds;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Rounds;

/// <summary>Quadratic-funding rounds: contributions of real money, the minimum, the cap, and COCM clusters from houses.</summary>
public sealed class RoundQfSpecs : RoundSpec
{
    [Fact]
    public void A_contribution_moves_the_contributors_money_into_the_round()
    {
        GivenQfVoting(QfPlan());
        Given(A("c1"), new RoundContributed("match", 1, 400));
        Balance(Account.Funder(A("c1"))).ShouldBe(-400);
        Balance(Account.Round("match")).ShouldBe(100_400);
        State.Journal.Entries[^1].Authority.ShouldBe(new JournalAuthority.RoundContribution("match", 1));
        State.Rounds["match"].Contributions.Single().Houses.ShouldBe(["community"]);
    }

    [Fact]
    public void Linear_qf_matches_the_square_of_the_summed_roots_less_the_contributions()
    {
        GivenQfVoting(QfPlan());
        GivenQfContributions();
        AdvanceTo("match", RoundPhase.Result);
        var result = Result("match");
        // (√400 + √400)² − 800 = 800; (√900 + √100)² − 1000 = 600; the pool is not exhausted, so each gets its ideal match.
        result.Lines.Select(l => (l.Grant, l.Votes, l.Score, l.Matched, l.Amount)).ShouldBe([(1L, 2L, 800L, 800L, 1_600L), (2L, 2L, 1_000L, 600L, 1_600L)]);
        (result.Awarded, result.Remainder).ShouldBe((3_200L, 100_000L + 1_800 - 3_200));
    }

    [Fact]
    public void The_matching_cap_limits_one_applications_match()
    {
        GivenQfVoting(QfPlan(cap: 700));
        GivenQfContributions();
        Result("match").Lines.Select(l => l.Matched).ShouldBe([700L, 700L]);
    }

    [Fact]
    public void Cocm_discounts_contributors_who_share_a_house()
    {
        GivenQfVoting(QfPlan(rule: "cocm"));
        GivenQfContributions();
        RoundClusters.Of(State.Rounds["match"], State.Charter.Charter.Houses.Select(h => h.Id))
            .ShouldBe([[A("f1").Value], [A("g3").Value], [.. new[] { A("c1").Value, A("c2").Value }.Order(StringComparer.Ordinal)]]);
        var lines = Result("match").Lines;
        // c1 and c2 share the community house: their match shrinks; f1 and g3 share none: theirs stays the linear 600.
        lines.Select(l => (l.Grant, l.Matched, l.Amount)).ShouldBe([(1L, 0L, 800L), (2L, 600L, 1_600L)]);
    }

    [Fact]
    public void An_award_from_a_qf_round_pays_contributions_plus_match_with_milestones_scaled_to_it()
    {
        GivenQfVoting(QfPlan());
        GivenQfContributions();
        AdvanceTo("match", RoundPhase.Result);
        var awards = RoundTally.Awards(State, State.Rounds["match"]);
        awards.Select(a => (a.Grant, a.Amount)).ShouldBe([(1L, 1_600L), (2L, 1_600L)]);
        awards[0].Milestones.Select(m => m.Amount).ShouldBe([533L, 1_067L]);
        Pass([.. awards]);
        Balance(Account.Round("match")).ShouldBe(100_000 + 1_800 - 3_200);
        Balance(Account.Grant(1)).ShouldBe(1_600);
    }

    [Fact]
    public void Rejects_contributions_below_the_minimum_to_ones_own_application_or_outside_voting()
    {
        GivenQfVoting(QfPlan());
        When(A("c1"), new RoundContributed("match", 1, 99))!.Message.ShouldBe("round 'match' takes contributions of at least 1.00 EUR, not 0.99 EUR");
        When(A("g1"), new RoundContributed("match", 1, 500))!.Code.ShouldBe("conflict-of-interest");
        When(A("c1"), new RoundContributed("match", 9, 500))!.Code.ShouldBe("not-on-ballot");
        When(A("c1"), new RoundBallotCast("match", [1]))!.Code.ShouldBe("wrong-kind");
        AdvanceTo("match", RoundPhase.Result);
        When(A("c1"), new RoundContributed("match", 1, 500))!.Code.ShouldBe("voting-closed");
    }
}
