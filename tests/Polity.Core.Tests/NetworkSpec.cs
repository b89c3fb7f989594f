using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Core.Voting;

namespace Polity.Core.Tests;

/// <summary>
/// Given events / When an event / Then the new state or a rejection, straight through the rules and the
/// fold — no mocks. Addresses are deterministic from names.
/// </summary>
public abstract class NetworkSpec
{
    protected const long Day = 86_400;

    protected NetworkState State { get; private set; } = null!;

    protected long Seq { get; private set; }

    /// <summary>Every event the rules allowed, with its context, in order (to replay them).</summary>
    protected List<(PolityEvent Event, EventContext Context)> Accepted { get; } = [];

    protected static Address A(string name)
    {
        var hex = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..40];
        return new Address("0x" + hex);
    }

    protected static readonly Address Operator = A("operator");

    /// <summary>
    /// A launched network with funders f1 (60), f2 (30), f3 (10); grantees g1..g4; community c1..c5; steward s;
    /// and any <paramref name="officers"/> registered with their role before launch.
    /// </summary>
    protected void GivenNetwork(Charter? charter = null, ClockMode clock = ClockMode.Simulated, IReadOnlyList<(string Name, string Role)>? officers = null)
    {
        GivenEmptyLog();
        Given(Operator, new NetworkCreated("test-fund", clock, TestCharter.Version(charter ?? TestCharter.Create())));
        Given(Operator, new StakeholderRegistered(A("s"), "Steward", "person", ["stewards"]));
        foreach (var (name, role) in officers ?? [])
        {
            Given(Operator, new StakeholderRegistered(A(name), name.ToUpperInvariant(), "person", [role]));
        }
        foreach (var (name, house, stake) in new[]
                 {
                     ("f1", "funders", 60L), ("f2", "funders", 30L), ("f3", "funders", 10L),
                     ("g1", "grantees", 0L), ("g2", "grantees", 0L), ("g3", "grantees", 0L), ("g4", "grantees", 0L),
                     ("c1", "community", 0L), ("c2", "community", 0L), ("c3", "community", 0L), ("c4", "community", 0L), ("c5", "community", 0L),
                 })
        {
            Given(Operator, new StakeholderRegistered(A(name), name.ToUpperInvariant(), "person", []));
            Given(Operator, new MemberAdmitted(house, A(name), stake));
        }
        Given(Operator, new NetworkLaunched());
        Given(A("f1"), new FundsDeposited("EUR", 1_000_000, "pool"));
    }

    /// <summary>Forgets every event: the next one must create a network.</summary>
    protected void GivenEmptyLog()
    {
        Seq = 0;
        State = null!;
        Accepted.Clear();
    }

    /// <summary>Applies events that must be allowed.</summary>
    protected void Given(Address author, params PolityEvent[] events)
    {
        foreach (var e in events)
        {
            var rejection = When(author, e);
            rejection.ShouldBeNull($"given {e.GetType().Name} by {author} was refused");
        }
    }

    /// <summary>Checks and, if allowed, applies one event; returns the rejection or null.</summary>
    protected Rejection? When(Address author, PolityEvent e)
    {
        var ctx = new EventContext(Seq + 1, author, State?.Now ?? 1_800_000_000);
        var rejection = NetworkRules.Check(State, e, ctx);
        if (rejection is null)
        {
            State = NetworkFold.Apply(State, e, ctx);
            Accepted.Add((e, ctx));
            Seq++;
        }
        return rejection;
    }

    protected void Advance(long seconds) => Given(Operator, new ClockAdvanced(seconds));

    protected void Vote(long proposal, params (string Who, string[] Choices)[] ballots)
    {
        foreach (var (who, choices) in ballots)
        {
            Given(A(who), new BallotCast(proposal, choices));
        }
    }

    protected ProposalStatus Status(long proposal) => Lifecycle.StatusOf(State.Proposals[proposal], State.Now);

    protected ProposalTally Tally(long proposal) => Tallying.Tally(State.Proposals[proposal], State.Now);

    protected ProposalQueued QueueOf(long proposal) => Lifecycle.QueueEvent(State.Proposals[proposal], State.Now);

    /// <summary>Creates and submits a grant by g1 paying <paramref name="amount"/> to g2, then moves into voting.</summary>
    protected long GrantInVoting(long amount = 10_000, string to = "g2")
    {
        Given(A("g1"), new ProposalCreated("grant", "A grant", "", ProposalOption.YesNo([new ProposalAction.Transfer("EUR", amount, A(to), "")]), []));
        var id = State.Proposals.Count;
        Given(A("g1"), new ProposalSubmitted(id));
        Advance(7 * Day);
        return id;
    }
}
