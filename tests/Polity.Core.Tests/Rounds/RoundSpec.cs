using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Rounds;
using Polity.Core.Tests.Treasury;

namespace Polity.Core.Tests.Rounds;

/// <summary>The treasury harness on a charter whose grant proposals may also open rounds.</summary>
public abstract class RoundSpec : TreasurySpec
{
    protected void GivenRoundsNetwork() =>
        GivenNetwork(TestCharter.WithGrants() with
        {
            DecisionTypes =
            [
                TestCharter.Grant() with
                {
                    Actions = [ActionKinds.Transfer, ActionKinds.AllocateBudget, ActionKinds.AwardGrant, ActionKinds.OpenRound, ActionKinds.Signal],
                },
                TestCharter.Policy(),
                TestCharter.Amend(),
            ],
        }, officers: Officers);

    /// <summary>A pb round "spring" dividing 5 000.00 EUR from small-grants: 7 days of applications, 3 of review, 7 of voting; the community votes.</summary>
    protected static RoundPlan PbPlan(string rule = "mes", string ballot = "approval", string? completion = "add1") =>
        new("spring", "Spring round", RoundKinds.Budgeting, rule, "EUR", 500_000, "small-grants", 7 * Day, 3 * Day, 7 * Day, ["community"],
            Ballot: ballot, Completion: completion, Objectives: ["Cleaner river"]);

    /// <summary>A qf round "match" with a 1 000.00 EUR matching pool from the treasury.</summary>
    protected static RoundPlan QfPlan(string rule = "linear", long? cap = null, long? minimum = 100) =>
        new("match", "Matching round", RoundKinds.Quadratic, rule, "EUR", 100_000, "", 7 * Day, 3 * Day, 7 * Day, [], Cap: cap, Minimum: minimum);

    /// <summary>Allocates the budget the plan draws on, then passes the proposal that opens it; returns the round.</summary>
    protected Round Open(RoundPlan plan)
    {
        if (plan.Budget.Length > 0)
        {
            Pass(new ProposalAction.AllocateBudget(plan.Budget, plan.Asset, plan.Pool));
        }
        Pass(new ProposalAction.OpenRound(plan));
        return State.Rounds[plan.Id];
    }

    protected static GrantApplied ToRound(string round, long amount, string recipient = "g2", string title = "River sensors") =>
        Application(amount, program: "", recipient: recipient) with { Round = round, Title = title };

    /// <summary>Has <paramref name="applicant"/> apply to the round for itself and r1 find it eligible; returns the grant number.</summary>
    protected long Candidate(string round, long amount, string applicant, string? title = null)
    {
        Given(A(applicant), ToRound(round, amount, applicant, title ?? $"Project of {applicant}"));
        var id = State.Grants.Count;
        Given(A("r1"), new GrantReviewed(id, true, "fits"));
        return id;
    }

    /// <summary>Moves the clock to the start of the round's given phase.</summary>
    protected void AdvanceTo(string round, RoundPhase phase)
    {
        var r = State.Rounds[round];
        var at = phase switch
        {
            RoundPhase.Review => r.ApplicationsEnd,
            RoundPhase.Voting => r.ReviewEnd,
            RoundPhase.Result => r.VotingEnd,
            _ => r.OpenedAt,
        };
        if (at > State.Now)
        {
            Advance(at - State.Now);
        }
    }

    /// <summary>Application 1 by g1 and 2 by g2, both eligible; the round is voting.</summary>
    protected void GivenQfVoting(RoundPlan plan)
    {
        GivenRoundsNetwork();
        Open(plan);
        Candidate("match", 300_000, "g1");
        Candidate("match", 300_000, "g2");
        AdvanceTo("match", RoundPhase.Voting);
    }

    /// <summary>c1 and c2 (both community) give 4.00 each to 1; f1 (funders) gives 9.00 and g3 (grantees) 1.00 to 2.</summary>
    protected void GivenQfContributions()
    {
        Given(A("c1"), new RoundContributed("match", 1, 400));
        Given(A("c2"), new RoundContributed("match", 1, 400));
        Given(A("f1"), new RoundContributed("match", 2, 900));
        Given(A("g3"), new RoundContributed("match", 2, 100));
    }

    protected RoundResult Result(string round) => RoundTally.Of(State, State.Rounds[round]);
}
