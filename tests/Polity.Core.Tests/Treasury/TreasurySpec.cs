using Polity.Core.Events;
using Polity.Core.Rules;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Treasury;

/// <summary>The Given/When/Then harness on a network that runs budgets and grants: reviewers r1 and r2, treasurer t.</summary>
public abstract class TreasurySpec : NetworkSpec
{
    protected static readonly (string Name, string Role)[] Officers = [("r1", "reviewers"), ("r2", "reviewers"), ("t", "treasurers")];

    /// <summary>The grants charter; the treasury starts with f1's 10 000.00 EUR.</summary>
    protected void GivenGrantsNetwork(long? cap = 500_000, long overdraft = 0, string? allowanceBudget = null) =>
        GivenNetwork(TestCharter.WithGrants(cap, overdraft, allowanceBudget), officers: Officers);

    protected long Balance(Account account, string asset = "EUR") => State.Journal.BalanceOf(account, asset);

    protected static ProposalCreated Proposal(params ProposalAction[] actions) =>
        new("grant", "Treasury business", "", ProposalOption.YesNo([.. actions]), []);

    /// <summary>Drafts the actions as g1's grant proposal (the rules check them now).</summary>
    protected Rejection? Draft(params ProposalAction[] actions) => When(A("g1"), Proposal(actions));

    /// <summary>Drafts, passes and queues a proposal carrying <paramref name="actions"/>, past its timelock; returns its number.</summary>
    protected long Queued(params ProposalAction[] actions) => QueuedTogether(actions)[0];

    /// <summary>Runs several proposals side by side to the end of their timelocks (so that all may still execute); returns their numbers.</summary>
    protected long[] QueuedTogether(params ProposalAction[][] proposals)
    {
        var ids = new List<long>();
        foreach (var actions in proposals)
        {
            Given(A("g1"), Proposal(actions));
            ids.Add(State.Proposals.Count);
            Given(A("g1"), new ProposalSubmitted(ids[^1]));
        }
        Advance(7 * Day);
        foreach (var id in ids)
        {
            Vote(id, ("c1", ["for"]), ("c2", ["for"]), ("c3", ["for"]), ("g3", ["for"]), ("g4", ["for"]));
        }
        Advance(5 * Day);
        foreach (var id in ids)
        {
            Given(A("c1"), QueueOf(id));
        }
        Advance(2 * Day);
        return [.. ids];
    }

    /// <summary>Passes and executes a proposal carrying <paramref name="actions"/>; returns its number.</summary>
    protected long Pass(params ProposalAction[] actions)
    {
        var id = Queued(actions);
        Given(A("c1"), new ProposalExecuted(id));
        return id;
    }

    protected static MilestonePlan[] Plan(params long[] amounts) =>
        [.. amounts.Select((a, i) => new MilestonePlan($"Milestone {i + 1}", a))];

    protected static GrantApplied Application(long amount = 300_000, string program = "small-grants", string recipient = "g2", long[]? milestones = null,
        string[]? beneficiaries = null, string asset = "EUR") =>
        new(program, "River sensors", asset, amount, A(recipient), Plan(milestones ?? [amount / 3, amount - amount / 3]),
            ["Warn of floods an hour earlier"], [.. (beneficiaries ?? []).Select(A)]);

    /// <summary>g2 applies (for itself unless told otherwise); returns the grant number.</summary>
    protected long Apply(GrantApplied? application = null, string applicant = "g2")
    {
        Given(A(applicant), application ?? Application());
        return State.Grants.Count;
    }

    /// <summary>Applies and has r1 find the application eligible.</summary>
    protected long Eligible(GrantApplied? application = null, string applicant = "g2")
    {
        var id = Apply(application, applicant);
        Given(A("r1"), new GrantReviewed(id, true, "fits the program"));
        return id;
    }

    protected ProposalAction.AwardGrant AwardOf(long grant, long? amount = null, long[]? milestones = null, string budget = "small-grants", string? recipient = null)
    {
        var g = State.Grants[grant];
        var total = amount ?? g.Requested;
        return new ProposalAction.AwardGrant(grant, recipient is null ? g.Recipient : A(recipient), g.Asset, total,
            Plan(milestones ?? (amount is null ? [.. g.Proposed.Select(m => m.Amount)] : [total])), budget);
    }

    /// <summary>Allocates the budget (when the award draws on one), then applies, reviews and awards; returns the grant number.</summary>
    protected long Awarded(GrantApplied? application = null, string budget = "small-grants")
    {
        var id = Eligible(application);
        var award = AwardOf(id, budget: budget);
        if (budget.Length > 0)
        {
            Pass(new ProposalAction.AllocateBudget(budget, "EUR", award.Amount));
        }
        Pass(award);
        return id;
    }

    /// <summary>An awarded grant (two milestones: 100 000 and 200 000) whose first milestone is reported, attested and paid; returns its number.</summary>
    protected long AwardedWithFirstTranchePaid()
    {
        var id = Awarded();
        Given(A("g2"), new MilestoneReported(id, 1, "done"));
        Given(A("r1"), new MilestoneAttested(id, 1, true, "checked"));
        Given(A("t"), new GrantDisbursed(id, 1, 100_000, "transfer 1"));
        return id;
    }
}
