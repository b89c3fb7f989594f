using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Engine;
using Polity.Engine.Proposals;
using Polity.Engine.Serialization;
using Polity.Ledger;

namespace Polity.Bench;

/// <summary>
/// The <c>serve</c> benchmark's script: a commons-fund network (simulated clock) whose <c>members</c> all sit in the
/// community house, <c>proposals</c> policy proposals brought to their voting period, and one ballot per member and
/// proposal, every one signed in advance by its member's key the way a wallet signs (EIP-712 <c>PolityEvent</c>).
/// </summary>
/// <param name="Setup">The signed events up to the opening of the vote, appended untimed as one batch.</param>
/// <param name="Ballots">The signed ballots, member by member, each over every proposal.</param>
/// <param name="Proposals">How many proposals are in voting (numbered from 1).</param>
internal sealed record BallotScript(IReadOnlyList<SignedEvent> Setup, IReadOnlyList<SignedEvent> Ballots, int Proposals)
{
    private const long Genesis = 1_767_225_600; // 2026-01-01T00:00:00Z

    /// <summary>Builds and signs the script; every event passes the rules and is folded as the engine would.</summary>
    public static BallotScript Generate(int members, int proposals, string charterPath)
    {
        var keys = Enumerable.Range(0, members + 1).Select(LogGenerator.KeyOf).ToArray();
        var addresses = keys.Select(k => new Address(EthKeys.AddressOf(k))).ToArray();
        var charter = ProposalFile.LoadCharter(charterPath);
        NetworkState? state = null;
        var events = new List<(int Author, PolityEvent Event, long Time)>();
        void Add(int author, PolityEvent e, long? time = null)
        {
            var ctx = new EventContext(events.Count + 1, addresses[author], time ?? state!.Now);
            if (NetworkRules.Check(state, e, ctx) is { } rejection)
            {
                throw new BenchFailure($"script bug at seq {ctx.Seq}: {e.GetType().Name} refused: {rejection}");
            }
            state = NetworkFold.Apply(state, e, ctx);
            events.Add((author, e, ctx.Time));
        }

        Add(0, new NetworkCreated(charter.Charter.Network, ClockMode.Simulated, charter), Genesis);
        for (var i = 1; i <= members; i++)
        {
            Add(0, new StakeholderRegistered(addresses[i], $"Resident {i}", "person", []));
            Add(0, new MemberAdmitted("community", addresses[i], 0));
        }
        Add(0, new NetworkLaunched());
        for (var p = 1; p <= proposals; p++)
        {
            Add(1 + (p % members), new ProposalCreated("policy", $"Policy {p}", $"Proposal {p} sets a reporting rule.",
                ProposalOption.YesNo([new ProposalAction.Signal()]), []));
            Add(1 + (p % members), new ProposalSubmitted(p));
        }
        Add(0, new ClockAdvanced(charter.Charter.FindDecisionType("policy")!.Deliberation.Seconds));
        var setupCount = events.Count;
        for (var i = 1; i <= members; i++)
        {
            for (var p = 1; p <= proposals; p++)
            {
                Add(i, new BallotCast(p, [(i + p) % 3 == 0 ? ProposalOption.Against : ProposalOption.For]));
            }
        }

        var network = state!.Network;
        var signed = new SignedEvent[events.Count];
        Parallel.For(0, events.Count, i =>
        {
            var (author, e, time) = events[i];
            var (type, payload) = EventCodec.Encode(e);
            signed[i] = new SignedEvent(type, payload, addresses[author], time, EventSigning.Sign(network, time, type, payload, keys[author]));
        });
        return new BallotScript(signed[..setupCount], signed[setupCount..], proposals);
    }
}
