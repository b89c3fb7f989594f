using Polity.Core.Events;
using Polity.Core.State;

namespace Polity.Core.Rules;

/// <summary>
/// Whether an event is allowed by the state before it. The same check guards every append and every
/// replay in <c>polity verify</c>, so a log can hold nothing the charter did not allow.
/// </summary>
public static partial class NetworkRules
{
    /// <summary>Null when <paramref name="e"/> is allowed after <paramref name="state"/> (null before the first event); otherwise why not.</summary>
    public static Rejection? Check(NetworkState? state, PolityEvent e, EventContext ctx)
    {
        if (state is null)
        {
            return e is NetworkCreated created ? CheckCreated(created, ctx) : Reject("no-network", "the log must start with v1.network-created");
        }
        if (e is NetworkCreated)
        {
            return Reject("already-created", $"network '{state.Network}' already exists");
        }
        if (CheckTime(state, ctx) is { } late)
        {
            return late;
        }
        if (ctx.Time > state.Now)
        {
            // Rules read the network's present as the event's own time: on a system clock it can be later than the
            // previous event's (a round whose voting closed since then has a final result).
            state = state with { Now = ctx.Time };
        }
        return e switch
        {
            ClockAdvanced advanced => CheckClockAdvanced(state, advanced, ctx),
            NetworkLaunched => CheckLaunched(state, ctx),
            StakeholderRegistered registered => CheckRegistered(state, registered, ctx),
            MemberAdmitted admitted => CheckAdmitted(state, admitted, ctx),
            MemberLeft left => CheckLeft(state, left, ctx),
            FundsDeposited deposit => CheckDeposit(state, deposit, ctx),
            AllowanceSpent spent => CheckAllowanceSpent(state, spent, ctx),
            ProposalCreated created => CheckProposalCreated(state, created, ctx),
            ProposalAmended amended => CheckProposalAmended(state, amended, ctx),
            ProposalSubmitted submitted => CheckSubmitted(state, submitted, ctx),
            CommentPosted comment => CheckComment(state, comment, ctx),
            ObjectionWithdrawn withdrawn => CheckObjectionWithdrawn(state, withdrawn, ctx),
            BallotCast ballot => CheckBallot(state, ballot, ctx),
            ProposalCancelled cancelled => CheckCancelled(state, cancelled, ctx),
            ProposalQueued queued => CheckQueued(state, queued, ctx),
            VetoCast veto => CheckVeto(state, veto, ctx),
            ProposalExecuted executed => CheckExecuted(state, executed, ctx),
            DelegationSet set => CheckDelegationSet(state, set, ctx),
            DelegationRevoked revoked => CheckDelegationRevoked(state, revoked, ctx),
            GrantEvent grant => CheckGrantEvent(state, grant, ctx),
            RoundEvent round => CheckRoundEvent(state, round, ctx),
            MapEvent map => CheckMapEvent(state, map, ctx),
            ChainBatchApproved approved => CheckChainBatchApproved(state, approved),
            ChainReceipt receipt => CheckChainReceipt(state, receipt),
            _ => Reject("unknown-event", $"no rule knows {e.GetType().Name}"),
        };
    }

    private static Rejection Reject(string code, string message) => new(code, message);

    private static Rejection? CheckCreated(NetworkCreated created, EventContext ctx)
    {
        if (created.Network != created.Charter.Charter.Network)
        {
            return Reject("network-mismatch", $"network '{created.Network}' does not match the charter's '{created.Charter.Charter.Network}'");
        }
        if (ctx.Seq != 1)
        {
            return Reject("not-genesis", "v1.network-created must be the first event");
        }
        return CheckCharter(created.Charter);
    }

    private static Rejection? CheckCharter(CharterVersion version)
    {
        var problems = version.Charter.Validate();
        return problems.Count == 0 ? null : Reject("invalid-charter", $"{problems[0].Path}: {problems[0].Message}");
    }

    private static Rejection? CheckTime(NetworkState state, EventContext ctx) => state.Clock switch
    {
        ClockMode.Simulated when ctx.Time != state.Now =>
            Reject("wrong-time", $"on a simulated clock every event carries the network's time {state.Now}, not {ctx.Time}"),
        ClockMode.System when ctx.Time < state.Now =>
            Reject("time-went-back", $"event time {ctx.Time} is before the previous event's {state.Now}"),
        _ => null,
    };

    private static Rejection? CheckClockAdvanced(NetworkState state, ClockAdvanced advanced, EventContext ctx)
    {
        if (state.Clock != ClockMode.Simulated)
        {
            return Reject("system-clock", "this network runs on the system clock; only a simulated clock can be advanced");
        }
        if (ctx.Author != state.Operator)
        {
            return Reject("not-operator", "only the network's operator may advance the clock");
        }
        return advanced.Seconds <= 0 ? Reject("bad-duration", "the clock only moves forward: give a positive duration") : null;
    }

    private static Rejection? CheckLaunched(NetworkState state, EventContext ctx)
    {
        if (ctx.Author != state.Operator)
        {
            return Reject("not-operator", "only the network's operator may launch it");
        }
        return state.Launched ? Reject("already-launched", "the network is already launched") : null;
    }
}
