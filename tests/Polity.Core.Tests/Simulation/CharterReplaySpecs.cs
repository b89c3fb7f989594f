using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Simulation;

namespace Polity.Core.Tests.Simulation;

public class CharterReplaySpecs : NetworkSpec
{
    public CharterReplaySpecs() => GivenNetwork();

    private List<(PolityEvent Event, Rules.EventContext Context)> History => Accepted.ToList();

    private static CharterVersion Variant(string tag, params DecisionType[] types) => TestCharter.Version(TestCharter.Create(types), tag);

    /// <summary>A grant that passes in both houses (3 of 5 community, 3 of 4 grantees) and is queued.</summary>
    private long PassedGrant()
    {
        var id = GrantInVoting();
        Vote(id, ("c1", ["for"]), ("c2", ["for"]), ("c3", ["for"]), ("g1", ["for"]), ("g3", ["for"]), ("g4", ["for"]));
        Advance(5 * Day);
        Given(A("g1"), QueueOf(id));
        return id;
    }

    /// <summary>A policy whose funders (stake 60 of 100) carry it against f2 and f3, while community misses its 40% quorum.</summary>
    private long PolicyMissingCommunityQuorum()
    {
        Given(A("c1"), new ProposalCreated("policy", "Policy", "", ProposalOption.YesNo([]), []));
        var id = State.Proposals.Count;
        Given(A("c1"), new ProposalSubmitted(id));
        Advance(3 * Day);
        Vote(id, ("f1", ["for"]), ("f2", ["against"]), ("f3", ["against"]), ("g1", ["for"]), ("g2", ["for"]), ("c1", ["for"]));
        Advance(5 * Day);
        return id;
    }

    [Fact]
    public void The_recorded_charter_reproduces_every_recorded_outcome_across_an_amendment()
    {
        var grant = PassedGrant();
        var policy = PolicyMissingCommunityQuorum();
        Given(A("g1"), new ProposalCreated("amend-charter", "Amend", "", ProposalOption.YesNo(
            [new ProposalAction.AmendCharter(Variant("v2", TestCharter.Grant(deliberation: "3d", quorum: "60%"), TestCharter.Policy(), TestCharter.Amend()))]), []));
        var amend = State.Proposals.Count;
        Given(A("g1"), new ProposalSubmitted(amend));
        Advance(Day);
        Vote(amend, ("g1", ["for"]), ("g2", ["for"]), ("g3", ["for"]));
        Advance(2 * Day);
        Given(A("g1"), QueueOf(amend));
        Given(A("g1"), new ProposalExecuted(amend));
        // Under v2 the same turnout (3 of 5) misses the community's new 60% quorum.
        Given(A("g1"), new ProposalCreated("grant", "After", "", ProposalOption.YesNo([]), []));
        var after = State.Proposals.Count;
        Given(A("g1"), new ProposalSubmitted(after));
        Advance(3 * Day);
        Vote(after, ("c1", ["for"]), ("c2", ["for"]), ("c3", ["for"]), ("g1", ["for"]), ("g2", ["for"]), ("g3", ["for"]));
        Advance(5 * Day);

        var report = CharterReplay.Run(History, null);

        report.RecordedCharter.ShouldBeTrue();
        report.ChangedProposals().ShouldBeEmpty();
        report.Proposals.Select(p => (p.Proposal, p.Recorded.Outcome)).ShouldBe([
            (grant, DecisionOutcome.Passed), (policy, DecisionOutcome.QuorumFailed),
            (amend, DecisionOutcome.Passed), (after, DecisionOutcome.Passed)]);
        report.Simulated.ShouldBeEquivalentTo(report.Recorded);
    }

    [Fact]
    public void A_higher_quorum_turns_a_passed_grant_into_a_quorum_failure()
    {
        var grant = PassedGrant();

        var report = CharterReplay.Run(History, Variant("strict", TestCharter.Grant(quorum: "80%"), TestCharter.Policy(), TestCharter.Amend()));

        var changed = report.ChangedProposals().ShouldHaveSingleItem();
        changed.Proposal.ShouldBe(grant);
        changed.Recorded.Outcome.ShouldBe(DecisionOutcome.Passed);
        changed.Simulated!.Outcome.ShouldBe(DecisionOutcome.QuorumFailed);
        changed.Differences.ShouldBe([
            "outcome: passed → quorum-failed", "passed: [for] → []",
            "community: quorum met → missed", "community: passed → did not pass"]); // grantees: 3 of 3 (g2 recused)
        report.Recorded.Passed.ShouldBe(1);
        report.Simulated.QuorumFailed.ShouldBe(1);
    }

    [Fact]
    public void A_stake_weighted_house_made_one_member_one_vote_reweighs_its_electorate()
    {
        var policy = PolicyMissingCommunityQuorum();
        var equal = TestCharter.Create(TestCharter.Grant(), TestCharter.Policy(), TestCharter.Amend());
        equal = equal with { Houses = equal.Houses.Select(h => h.Id == "funders" ? h with { Weight = WeightRule.OneMemberOneVote } : h).ToList() };

        var report = CharterReplay.Run(History, TestCharter.Version(equal, "equal"));

        var funders = report.Proposals.Single(p => p.Proposal == policy).Simulated!.Houses.Single(h => h.House == "funders");
        funders.ElectorateWeight.ShouldBe(3);
        funders.Passed.ShouldBeFalse();
        report.Proposals.Single().Differences.ShouldContain("funders: passed → did not pass");
    }

    [Fact]
    public void A_decision_type_the_new_charter_lacks_is_reported_not_simulated()
    {
        PolicyMissingCommunityQuorum();

        var report = CharterReplay.Run(History, Variant("no-policy", TestCharter.Grant(), TestCharter.Amend()));

        var p = report.ChangedProposals().ShouldHaveSingleItem();
        p.Simulated.ShouldBeNull();
        p.NotSimulated.ShouldBe("the simulated charter has no decision type 'policy'");
        report.Simulated.Decided.ShouldBe(0);
    }

    [Fact]
    public void Submissions_before_the_from_point_keep_the_recorded_charter()
    {
        PassedGrant();
        var from = Seq + 1;
        var second = PassedGrant();

        var report = CharterReplay.Run(History, Variant("strict", TestCharter.Grant(quorum: "80%"), TestCharter.Policy(), TestCharter.Amend()), from);

        report.ChangedProposals().ShouldHaveSingleItem().Proposal.ShouldBe(second);
    }

    [Fact]
    public void Ballots_cast_after_a_shorter_voting_window_closes_are_dropped()
    {
        var id = GrantInVoting();
        Vote(id, ("c1", ["for"]), ("c2", ["for"]), ("g1", ["for"]), ("g3", ["for"]));
        Advance(2 * Day);
        Vote(id, ("c3", ["for"]), ("g4", ["for"]));
        Advance(3 * Day);
        var shorter = TestCharter.Grant() with { Voting = new VotingRules("approval", Duration.Parse("1d")) };

        var report = CharterReplay.Run(History, Variant("short", shorter, TestCharter.Policy(), TestCharter.Amend()));

        var p = report.Proposals.Single(x => x.Proposal == id);
        p.BallotsDropped.ShouldBe(2);
        p.Simulated!.Houses.Sum(h => h.Ballots).ShouldBe(4);
    }

    [Fact]
    public void Recorded_vetoes_stop_a_simulated_pass_only_where_the_new_veto_rule_is_crossed()
    {
        var id = PassedGrant();
        Given(A("f1"), new VetoCast(id, "too much"));
        State.Proposals[id].VetoedAt.ShouldBeNull(); // 60 of 100 does not exceed 66%
        var lowerVeto = TestCharter.Grant() with { Veto = new VetoRule("funders", Ratio.Parse("50%")) };

        var recorded = CharterReplay.Run(History, null);
        var simulated = CharterReplay.Run(History, Variant("low-veto", lowerVeto, TestCharter.Policy(), TestCharter.Amend()));

        recorded.Proposals.Single().Simulated!.Outcome.ShouldBe(DecisionOutcome.Passed);
        simulated.Proposals.Single().Simulated!.Outcome.ShouldBe(DecisionOutcome.Vetoed);
        simulated.Simulated.Vetoed.ShouldBe(1);
    }

    [Fact]
    public void A_proposal_still_in_voting_is_open_and_not_counted_as_decided()
    {
        GrantInVoting();

        var report = CharterReplay.Run(History, null);

        report.Proposals.Single().Recorded.Outcome.ShouldBe(DecisionOutcome.Open);
        report.Recorded.Decided.ShouldBe(0);
    }

    [Fact]
    public void A_weighted_combination_that_lets_the_funders_carry_a_policy_alone_shows_as_capture()
    {
        Given(A("c1"), new ProposalCreated("policy", "Policy", "", ProposalOption.YesNo([]), []));
        Given(A("c1"), new ProposalSubmitted(1));
        Advance(3 * Day);
        Vote(1, ("f1", ["for"]), ("f2", ["for"]), ("g1", ["against"]), ("g2", ["against"]), ("c1", ["against"]), ("c2", ["against"]));
        Advance(5 * Day);
        var weights = new Dictionary<string, long> { ["funders"] = 4, ["grantees"] = 1, ["community"] = 1 };

        var report = CharterReplay.Run(History, Variant("funder-heavy", TestCharter.Grant(), TestCharter.Policy(combine: new CombineRule.Weighted(weights, Ratio.Parse("50%"))), TestCharter.Amend()));

        var p = report.Proposals.Single();
        (p.Recorded.Outcome, p.Simulated!.Outcome).ShouldBe((DecisionOutcome.Defeated, DecisionOutcome.Passed));
        report.Recorded.Deadlocked.ShouldBe(1); // funders passed it, grantees and community (quorum met) did not
        report.Simulated.Captured.ShouldBe(1);
        report.Simulated.Houses.Single(h => h.House == "funders").DecidedAlone.ShouldBe(1);
        report.Simulated.Houses.Single(h => h.House == "community").Outvoted.ShouldBe(1);
    }

    [Fact]
    public void Houses_a_decision_type_drops_or_adds_are_reported_and_an_empty_house_misses_its_quorum()
    {
        PolicyMissingCommunityQuorum();
        var policy = TestCharter.Policy() with
        {
            Houses = [new HouseVoteRule("funders", Ratio.Parse("50%"), Ratio.Parse("50%")), new HouseVoteRule("open-circle", Ratio.Parse("10%"), Ratio.Parse("50%"))],
        };

        var report = CharterReplay.Run(History, Variant("circle", TestCharter.Grant(), policy, TestCharter.Amend()));

        var p = report.Proposals.Single();
        p.Differences.ShouldContain("grantees: no longer votes");
        p.Differences.ShouldContain("community: no longer votes");
        p.Differences.ShouldContain("open-circle: now votes (did not pass, quorum missed)");
        p.Simulated!.Outcome.ShouldBe(DecisionOutcome.QuorumFailed);
    }
}
