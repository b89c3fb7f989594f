using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Voting;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    private static Rejection? CheckProposalCreated(NetworkState state, ProposalCreated created, EventContext ctx)
    {
        if (!state.Launched)
        {
            return Reject("not-launched", "proposals open once the operator launches the network");
        }
        if (state.Charter.Charter.FindDecisionType(created.DecisionType) is not { } type)
        {
            return Reject("unknown-decision-type",
                $"unknown decision type '{created.DecisionType}': expected one of {string.Join(", ", state.Charter.Charter.DecisionTypes.Select(d => d.Id))}");
        }
        var proposers = type.Proposers.Count > 0 ? type.Proposers : state.Charter.Charter.Houses.Select(h => h.Id).ToList();
        if (!proposers.Any(h => state.IsMember(h, ctx.Author)))
        {
            return Reject("not-a-proposer", $"'{created.DecisionType}' proposals come from members of {string.Join(", ", proposers)}");
        }
        return CheckContent(state, type, created.Title, created.Options, created.Beneficiaries)
            ?? CheckSimulation(created)
            ?? CheckObjectiveIds(state, created.Objectives);
    }

    private static Rejection? CheckContent(
        NetworkState state, DecisionType type, string title, IReadOnlyList<ProposalOption> options, IReadOnlyList<Address> beneficiaries)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Length > 200)
        {
            return Reject("bad-title", "a proposal needs a title of 1 to 200 characters");
        }
        if (!options.Any(o => !o.IsReserved))
        {
            return Reject("no-options", "a proposal needs at least one option other than against and abstain");
        }
        var names = new HashSet<string>();
        foreach (var option in options)
        {
            if (!Slug.IsValid(option.Name) || !names.Add(option.Name))
            {
                return Reject("bad-option", $"option '{option.Name}' is invalid or repeated: option names are unique lowercase words");
            }
            if (option.IsReserved && option.Actions.Count > 0)
            {
                return Reject("bad-option", $"option '{option.Name}' cannot carry actions");
            }
            foreach (var action in option.Actions)
            {
                if (CheckAction(state, type, action) is { } bad)
                {
                    return bad;
                }
            }
        }
        return beneficiaries.Any(b => !state.Stakeholders.ContainsKey(b))
            ? Reject("unknown-stakeholder", "every declared beneficiary must be a registered stakeholder")
            : null;
    }

    private static Rejection? CheckAction(NetworkState state, DecisionType type, ProposalAction action)
    {
        if (!type.Actions.Contains(action.Kind))
        {
            return Reject("action-not-allowed",
                $"'{type.Id}' proposals may carry {string.Join(", ", type.Actions)}, not {action.Kind}");
        }
        switch (action)
        {
            case ProposalAction.Transfer transfer:
                return CheckTransfer(state, transfer);
            case ProposalAction.AddMember add:
                if (state.Charter.Charter.FindHouse(add.House) is not { } house)
                {
                    return UnknownHouse(state, add.House);
                }
                if (house.Admit is AdmissionRule.ByHouseVote && !type.Houses.Any(h => h.House == house.Id))
                {
                    return Reject("wrong-electorate", $"house '{house.Id}' admits by its own vote: use a decision type on which '{house.Id}' votes");
                }
                return CheckCanJoin(state, house, add.Member, add.Stake);
            case ProposalAction.RemoveMember remove:
                return state.IsMember(remove.House, remove.Member)
                    ? null
                    : Reject("not-a-member", $"{remove.Member} is not a member of '{remove.House}'");
            case ProposalAction.AmendCharter amend:
                if (amend.Charter.Charter.Network != state.Network)
                {
                    return Reject("network-mismatch", $"the new charter names network '{amend.Charter.Charter.Network}', not '{state.Network}'");
                }
                return CheckCharter(amend.Charter);
            case ProposalAction.ChainBatch chain:
                return CheckChainBatch(chain);
            default:
                return CheckTreasuryAction(state, action);
        }
    }

    private static Rejection? FindProposal(NetworkState state, long id, out Proposal proposal)
    {
        proposal = state.Proposals.GetValueOrDefault(id)!;
        return proposal is null ? Reject("unknown-proposal", $"there is no proposal {id}") : null;
    }

    private static Rejection? CheckProposalAmended(NetworkState state, ProposalAmended amended, EventContext ctx)
    {
        if (FindProposal(state, amended.Proposal, out var p) is { } missing)
        {
            return missing;
        }
        if (p.Author != ctx.Author)
        {
            return Reject("not-author", $"only the author of proposal {p.Id} may amend it");
        }
        var status = Lifecycle.StatusOf(p, ctx.Time);
        if (status is not (ProposalStatus.Draft or ProposalStatus.Deliberation))
        {
            return Reject("wrong-status", $"proposal {p.Id} is {status}: amendments are possible in draft and deliberation only");
        }
        return CheckContent(state, state.Charter.Charter.FindDecisionType(p.DecisionTypeId) ?? p.Rules!, amended.Title, amended.Options, amended.Beneficiaries);
    }

    private static Rejection? CheckSubmitted(NetworkState state, ProposalSubmitted submitted, EventContext ctx)
    {
        if (FindProposal(state, submitted.Proposal, out var p) is { } missing)
        {
            return missing;
        }
        if (p.Author != ctx.Author)
        {
            return Reject("not-author", $"only the author of proposal {p.Id} may submit it");
        }
        if (p.SubmittedAt is not null || p.CancelledAt is not null)
        {
            return Reject("wrong-status", $"proposal {p.Id} is {Lifecycle.StatusOf(p, ctx.Time)}, not a draft");
        }
        return state.Charter.Charter.FindDecisionType(p.DecisionTypeId) is null
            ? Reject("unknown-decision-type", $"the charter no longer has decision type '{p.DecisionTypeId}'")
            : null;
    }

    private static Rejection? CheckBallot(NetworkState state, BallotCast ballot, EventContext ctx)
    {
        if (FindProposal(state, ballot.Proposal, out var p) is { } missing)
        {
            return missing;
        }
        var status = Lifecycle.StatusOf(p, ctx.Time);
        if (status != ProposalStatus.Voting)
        {
            return Reject("voting-closed", status == ProposalStatus.Deliberation
                ? $"proposal {p.Id} is in deliberation: voting opens in {new Duration(p.VotingStartsAt!.Value - ctx.Time)}"
                : $"proposal {p.Id} is {status}: ballots are accepted only while voting is open");
        }
        var rules = p.Rules!;
        if (!rules.Houses.Any(h => p.Electorate.GetValueOrDefault(h.House)?.ContainsKey(ctx.Author) == true))
        {
            return Reject("not-in-electorate",
                $"{ctx.Author} was not a member of a voting house ({string.Join(", ", rules.Houses.Select(h => h.House))}) when proposal {p.Id} opened");
        }
        // The ballot counts in every voting house the author belongs to, so it must suit each house's method.
        var houses = rules.Houses.Where(h => p.Electorate.GetValueOrDefault(h.House)?.ContainsKey(ctx.Author) == true)
            .Select(h => (Rule: h, Counting: VotingMethods.For(rules, h)))
            .ToList();
        if (p.Ballots.ContainsKey(ctx.Author) && !houses.All(h => h.Counting.Method.BallotsMayChange))
        {
            return Reject("already-voted", $"{ctx.Author} has already voted on proposal {p.Id}; ballots are final");
        }
        if (rules.ConflictOfInterest == ConflictOfInterestRule.Recuse && CheckRecusal(p, ctx.Author) is { } recused)
        {
            return recused;
        }
        foreach (var (rule, (method, settings)) in houses)
        {
            var why = method.CheckBallot(ballot.ToBallot(), p.Options, settings)
                ?? method.CheckStake(ballot.ToBallot(), p.Electorate[rule.House][ctx.Author]);
            if (why is not null)
            {
                return Reject("bad-ballot", houses.Select(h => h.Counting.Method.Name).Distinct().Count() > 1 ? $"in {rule.House} ({method.Name}): {why}" : why);
            }
        }
        return null;
    }

    private static Rejection? CheckCancelled(NetworkState state, ProposalCancelled cancelled, EventContext ctx)
    {
        if (FindProposal(state, cancelled.Proposal, out var p) is { } missing)
        {
            return missing;
        }
        if (p.Author != ctx.Author)
        {
            return Reject("not-author", $"only the author of proposal {p.Id} may cancel it");
        }
        var status = Lifecycle.StatusOf(p, ctx.Time);
        return status is ProposalStatus.Draft or ProposalStatus.Deliberation
            ? null
            : Reject("wrong-status", $"proposal {p.Id} is {status}: only drafts and proposals in deliberation can be cancelled");
    }

    private static Rejection? CheckQueued(NetworkState state, ProposalQueued queued, EventContext ctx)
    {
        if (FindProposal(state, queued.Proposal, out var p) is { } missing)
        {
            return missing;
        }
        var status = Lifecycle.StatusOf(p, ctx.Time);
        if (status != ProposalStatus.Succeeded)
        {
            return Reject("wrong-status", $"proposal {p.Id} is {status}: only succeeded proposals can be queued");
        }
        var expected = Lifecycle.QueueEvent(p, ctx.Time);
        if (!expected.Passed.SequenceEqual(queued.Passed))
        {
            return Reject("wrong-tally", $"the tally passed [{string.Join(", ", expected.Passed)}], not [{string.Join(", ", queued.Passed)}]");
        }
        return queued.Eta == expected.Eta ? null : Reject("wrong-eta", $"the timelock ends at {expected.Eta}, not {queued.Eta}");
    }

    private static Rejection? CheckVeto(NetworkState state, VetoCast veto, EventContext ctx)
    {
        if (FindProposal(state, veto.Proposal, out var p) is { } missing)
        {
            return missing;
        }
        if (p.Rules!.Veto is not { } rule)
        {
            return Reject("no-veto", $"'{p.DecisionTypeId}' decisions have no veto");
        }
        var status = Lifecycle.StatusOf(p, ctx.Time);
        if (status != ProposalStatus.Queued || ctx.Time >= p.Eta)
        {
            return Reject("veto-closed", $"proposal {p.Id} is {status}: vetoes are accepted during the timelock only");
        }
        if (p.Electorate.GetValueOrDefault(rule.House)?.ContainsKey(ctx.Author) != true)
        {
            return Reject("not-veto-holder", $"{ctx.Author} was not a member of '{rule.House}' when proposal {p.Id} opened");
        }
        return p.Vetoes.ContainsKey(ctx.Author) ? Reject("already-vetoed", $"{ctx.Author} has already vetoed proposal {p.Id}") : null;
    }

    private static Rejection? CheckExecuted(NetworkState state, ProposalExecuted executed, EventContext ctx)
    {
        if (FindProposal(state, executed.Proposal, out var p) is { } missing)
        {
            return missing;
        }
        var status = Lifecycle.StatusOf(p, ctx.Time);
        if (status != ProposalStatus.Queued)
        {
            return Reject("wrong-status", $"proposal {p.Id} is {status}: only queued proposals execute");
        }
        if (ctx.Time < p.Eta)
        {
            return Reject("timelock", $"proposal {p.Id} is in its timelock for another {new Duration(p.Eta!.Value - ctx.Time)}");
        }
        var rehearsal = state;
        foreach (var action in p.ActionsOf(p.Passed))
        {
            if (CheckAtExecution(rehearsal, action) is { } bad)
            {
                return bad;
            }
            rehearsal = NetworkFold.ApplyAction(rehearsal, action, p.Id, ctx);
        }
        return null;
    }

    /// <summary>What must still hold when an action executes (the world may have moved since the proposal was written).</summary>
    private static Rejection? CheckAtExecution(NetworkState state, ProposalAction action) => action switch
    {
        ProposalAction.AddMember a when state.Charter.Charter.FindHouse(a.House) is { } house => CheckCanJoin(state, house, a.Member, a.Stake),
        ProposalAction.AddMember a => UnknownHouse(state, a.House),
        ProposalAction.RemoveMember r when !state.IsMember(r.House, r.Member) => Reject("not-a-member", $"{r.Member} is no longer a member of '{r.House}'"),
        ProposalAction.AmendCharter c => CheckBudgetsKept(state, c),
        _ => CheckTreasuryActionAtExecution(state, action),
    };
}
