using System.Collections.Immutable;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Rules;

/// <summary>
/// Folds events into state. It assumes <see cref="NetworkRules.Check"/> allowed the event: the engine
/// checks before appending and <c>polity verify</c> checks before folding.
/// </summary>
public static partial class NetworkFold
{
    /// <summary>The state after <paramref name="e"/>.</summary>
    public static NetworkState Apply(NetworkState? state, PolityEvent e, EventContext ctx)
    {
        if (state is null)
        {
            var created = (NetworkCreated)e;
            return new NetworkState
            {
                Network = created.Network,
                Clock = created.Clock,
                Operator = ctx.Author,
                Charter = created.Charter,
                Now = ctx.Time,
                CreatedAt = ctx.Time,
                EventCount = 1,
            };
        }
        var next = Earn(state, ApplyEvent(state, e, ctx), e, ctx);
        return next with
        {
            EventCount = state.EventCount + 1,
            Now = e is ClockAdvanced advanced ? state.Now + advanced.Seconds : Math.Max(state.Now, ctx.Time),
        };
    }

    private static NetworkState ApplyEvent(NetworkState s, PolityEvent e, EventContext ctx) => e switch
    {
        ClockAdvanced => s,
        NetworkLaunched => s with { Launched = true },
        StakeholderRegistered r => s with
        {
            Stakeholders = s.Stakeholders.Add(r.Stakeholder, new Stakeholder(r.Stakeholder, r.Name, r.Kind, r.Roles, ctx.Time)),
        },
        MemberAdmitted a => Admit(s, a.House, a.Member, a.Stake, ctx.Time),
        MemberLeft l => Remove(s, l.House, ctx.Author),
        FundsDeposited d => TreasuryFold.Deposit(s, d, ctx),
        AllowanceSpent spent => TreasuryFold.Spend(s, spent, ctx),
        ProposalCreated c => Put(s, new Proposal
        {
            Id = s.Proposals.Count + 1,
            Author = ctx.Author,
            DecisionTypeId = c.DecisionType,
            Title = c.Title,
            Body = c.Body,
            Options = c.Options,
            DeclaredBeneficiaries = c.Beneficiaries,
            Objectives = c.Objectives ?? [],
            CreatedAt = ctx.Time,
            Simulation = c.Simulation,
        }),
        ProposalAmended a => Put(s, s.Proposals[a.Proposal] with
        {
            Title = a.Title,
            Body = a.Body,
            Options = a.Options,
            DeclaredBeneficiaries = a.Beneficiaries,
            Amendments = s.Proposals[a.Proposal].Amendments + 1,
        }),
        ProposalSubmitted sub => Put(s, Submit(s, s.Proposals[sub.Proposal], ctx.Time)),
        CommentPosted c => Put(s, s.Proposals[c.Proposal] with
        {
            Comments = s.Proposals[c.Proposal].Comments.Add(
                new Comment(s.Proposals[c.Proposal].Comments.Count + 1, ctx.Author, c.Kind, c.Text, c.ReplyTo, ctx.Time)),
        }),
        ObjectionWithdrawn w => Put(s, s.Proposals[w.Proposal] with
        {
            Comments = s.Proposals[w.Proposal].Comments.SetItem((int)w.Comment - 1,
                s.Proposals[w.Proposal].Comments[(int)w.Comment - 1] with { WithdrawnAt = ctx.Time }),
        }),
        BallotCast b => Put(s, s.Proposals[b.Proposal] with
        {
            Ballots = s.Proposals[b.Proposal].Ballots.SetItem(ctx.Author, b.ToBallot()),
            BallotHistory = s.Proposals[b.Proposal].BallotHistory.Add(new CastBallot(ctx.Author, b.ToBallot(), ctx.Time)),
        }),
        ProposalCancelled c => Put(s, s.Proposals[c.Proposal] with { CancelledAt = ctx.Time }),
        ProposalQueued q => Put(s, s.Proposals[q.Proposal] with { QueuedAt = ctx.Time, Eta = q.Eta, Passed = q.Passed }),
        VetoCast v => Put(s, Veto(s.Proposals[v.Proposal], ctx.Author, v.Reason, ctx.Time)),
        ProposalExecuted x => Execute(s, s.Proposals[x.Proposal], ctx),
        DelegationSet d => Delegate(s, new DelegationKey(d.House, ctx.Author, d.DecisionType), d.To, ctx.Time),
        DelegationRevoked r => s with { Delegations = s.Delegations.Remove(new DelegationKey(r.House, ctx.Author, r.DecisionType)) },
        GrantEvent g => GrantFold.Apply(s, g, ctx),
        RoundEvent r => RoundFold.Apply(s, r, ctx),
        MapEvent m => ApplyMap(s, m, ctx),
        ChainBatchApproved a => ApproveChainBatch(s, a, ctx),
        ChainReceipt r => RecordChainReceipt(s, r),
        _ => throw new InvalidOperationException($"no fold for {e.GetType().Name}"),
    };

    private static NetworkState Put(NetworkState s, Proposal p) => s with { Proposals = s.Proposals.SetItem(p.Id, p) };

    private static NetworkState Admit(NetworkState s, string house, Address member, long stake, long time) => s with
    {
        Members = s.Members.SetItem(house, s.MembersOf(house).Add(member, new Membership(member, stake, time))),
    };

    /// <summary>A member who leaves stops delegating there (a later return starts afresh); delegations to them stay and carry nothing while they are away.</summary>
    private static NetworkState Remove(NetworkState s, string house, Address member) => s with
    {
        Members = s.Members.SetItem(house, s.MembersOf(house).Remove(member)),
        Delegations = s.Delegations.RemoveRange(s.Delegations.Keys.Where(k => k.House == house && k.From == member)),
    };

    /// <summary>Fixes the rules and the electorate (voting houses and the veto house) as they stand now.</summary>
    private static Proposal Submit(NetworkState s, Proposal p, long time)
    {
        var rules = s.Charter.Charter.FindDecisionType(p.DecisionTypeId)!;
        var houses = rules.Houses.Select(h => h.House).ToList();
        if (rules.Veto is { } veto && !houses.Contains(veto.House))
        {
            houses.Add(veto.House);
        }
        var electorate = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<Address, long>>();
        foreach (var id in houses)
        {
            var house = s.Charter.Charter.FindHouse(id)!;
            electorate[id] = s.MembersOf(id).Values.ToImmutableDictionary(m => m.Member, m => s.WeightOf(house, m, time));
        }
        return p with
        {
            SubmittedAt = time,
            Rules = rules,
            Electorate = electorate.ToImmutable(),
            Delegations = FreezeDelegations(s, rules, electorate),
            TreasuryAtSubmission = s.Balances,
            Conflicts = ConflictsAtSubmission(s, electorate.Values),
        };
    }

    private static Proposal Veto(Proposal p, Address by, string reason, long time)
    {
        var vetoes = p.Vetoes.Add(by, reason);
        var rule = p.Rules!.Veto!;
        var house = p.Electorate[rule.House];
        var total = house.Values.Sum();
        var vetoing = vetoes.Keys.Sum(v => house.GetValueOrDefault(v));
        return p with { Vetoes = vetoes, VetoedAt = rule.Threshold.IsExceededBy(vetoing, total) ? time : null };
    }

    private static NetworkState Execute(NetworkState s, Proposal p, EventContext ctx)
    {
        foreach (var action in p.ActionsOf(p.Passed))
        {
            s = ApplyAction(s, action, p.Id, ctx);
        }
        return Put(s, s.Proposals[p.Id] with { ExecutedAt = ctx.Time });
    }

    /// <summary>One action's effect; <paramref name="ctx"/> is the executing event's, which the journal cites.</summary>
    internal static NetworkState ApplyAction(NetworkState s, ProposalAction action, long proposal, EventContext ctx) => action switch
    {
        ProposalAction.AddMember a => Admit(s, a.House, a.Member, a.Stake, ctx.Time),
        ProposalAction.RemoveMember r => Remove(s, r.House, r.Member),
        ProposalAction.AmendCharter c => s with
        {
            Charter = c.Charter,
            CharterVersionNumber = s.CharterVersionNumber + 1,
            CharterHistory = s.CharterHistory.Add(new CharterChange(s.CharterVersionNumber + 1, proposal, ctx.Time)),
        },
        _ => TreasuryFold.ApplyAction(s, action, proposal, ctx),
    };
}
