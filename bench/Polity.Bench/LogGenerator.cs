using System.Security.Cryptography;
using System.Text;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Core.Voting;
using Polity.Engine;
using Polity.Engine.Proposals;
using Polity.Engine.Serialization;
using Polity.Ledger;

namespace Polity.Bench;

/// <summary>
/// Builds a realistic, fully valid log in memory: the commons-fund charter on a simulated clock, stakeholders
/// spread over its three houses, then rounds of proposals that are deliberated, voted on by nearly everyone,
/// queued and executed. Every event passes <see cref="NetworkRules.Check"/> and is folded; then all are
/// signed (in parallel) by their authors' keys, which derive from SHA-256 of an index, so runs reproduce.
/// </summary>
internal sealed class LogGenerator
{
    private const long Genesis = 1_767_225_600; // 2026-01-01T00:00:00Z
    private const int ProposalsPerRound = 10;

    private readonly int _target;
    private readonly List<byte[]> _keys = [];
    private readonly List<Address> _addresses = [];
    private readonly List<(int Author, PolityEvent Event, long Time)> _events = [];
    private readonly Random _random = new(20_260_101);
    private NetworkState? _state;

    private LogGenerator(int target) => _target = target;

    private bool Full => _events.Count >= _target;

    private NetworkState State => _state!;

    /// <summary>Generates and signs <paramref name="count"/> events (the first <paramref name="count"/> of an endless, valid script).</summary>
    public static GeneratedLog Generate(int count, string charterPath, TextWriter progress)
    {
        var generator = new LogGenerator(count);
        var stakeholders = Math.Clamp(count / 100, 20, 1000);
        generator.Script(ProposalFile.LoadCharter(charterPath), stakeholders);
        progress.WriteLine($"generated {generator._events.Count:N0} events ({stakeholders:N0} stakeholders, {generator.State.Proposals.Count} proposals); signing…");
        return generator.Sign(progress);
    }

    private void Script(CharterVersion charter, int stakeholders)
    {
        for (var i = 0; i <= stakeholders; i++)
        {
            var key = KeyOf(i);
            _keys.Add(key);
            _addresses.Add(new Address(EthKeys.AddressOf(key)));
        }
        Add(0, new NetworkCreated(charter.Charter.Network, ClockMode.Simulated, charter), Genesis);
        for (var i = 1; i <= stakeholders && !Full; i++)
        {
            var house = HouseOf(i);
            Add(0, new StakeholderRegistered(_addresses[i], $"Stakeholder {i}", house == "community" ? "person" : "organisation", []));
            Add(0, new MemberAdmitted(house, _addresses[i], house == "funders" ? 1_000 * (1 + (i % 7)) : 0));
        }
        Add(0, new NetworkLaunched());
        for (var i = 1; i <= stakeholders && !Full; i++)
        {
            if (HouseOf(i) == "funders")
            {
                Add(i, new FundsDeposited("EUR", 5_000_000_00, $"Contribution from stakeholder {i}"));
            }
        }
        for (var round = 0; !Full; round++)
        {
            Round(round % 4 == 3 ? "grant" : "policy", stakeholders);
        }
    }

    private static string HouseOf(int i) => (i % 10) switch
    {
        1 => "funders",
        2 or 3 => "grantees",
        _ => "community",
    };

    /// <summary>Ten proposals of one decision type, from draft to execution.</summary>
    private void Round(string decisionType, int stakeholders)
    {
        var rules = State.Charter.Charter.FindDecisionType(decisionType)!;
        var proposers = Enumerable.Range(1, stakeholders).Where(i => rules.Proposers.Contains(HouseOf(i))).ToList();
        var grantees = Enumerable.Range(1, stakeholders).Where(i => HouseOf(i) == "grantees").ToList();
        var proposals = new List<(long Id, int Author, int? Beneficiary)>();
        for (var k = 0; k < ProposalsPerRound && !Full; k++)
        {
            var author = proposers[_random.Next(proposers.Count)];
            var id = State.Proposals.Count + 1L;
            if (decisionType == "grant")
            {
                var beneficiary = grantees[_random.Next(grantees.Count)];
                var transfer = new ProposalAction.Transfer("EUR", 100 * (50 + _random.Next(500)), _addresses[beneficiary], $"Grant {id}");
                Add(author, new ProposalCreated("grant", $"Grant {id}: resilience works",
                    $"Proposal {id} funds flood-resilience works in the basin.", ProposalOption.YesNo([transfer]), []));
                proposals.Add((id, author, beneficiary));
            }
            else
            {
                Add(author, new ProposalCreated("policy", $"Policy {id}", $"Proposal {id} sets a reporting rule for grantees.",
                    ProposalOption.YesNo([new ProposalAction.Signal()]), []));
                proposals.Add((id, author, null));
            }
            Add(author, new ProposalSubmitted(id));
        }
        foreach (var (id, _, _) in proposals)
        {
            var commenter = 1 + _random.Next(stakeholders);
            Add(commenter, new CommentPosted(id, "comment", $"How will proposal {id} be reported on?", 0));
        }
        Advance(rules.Deliberation.Seconds);
        var voters = Enumerable.Range(1, stakeholders).Where(i => rules.Houses.Any(h => h.House == HouseOf(i))).OrderBy(_ => _random.Next()).ToList();
        foreach (var voter in voters)
        {
            foreach (var (id, _, beneficiary) in proposals)
            {
                if (voter == beneficiary || _random.Next(100) < 3)
                {
                    continue; // recused, or did not vote
                }
                var roll = _random.Next(100);
                Add(voter, new BallotCast(id, roll < 70 ? [ProposalOption.For] : roll < 90 ? [ProposalOption.Against] : [ProposalOption.Abstain]));
            }
        }
        Advance(rules.Voting.Period.Seconds);
        var queued = new List<long>();
        foreach (var (id, author, _) in proposals)
        {
            var tally = Tallying.Tally(State.Proposals[id], State.Now);
            if (tally.Outcome == ProposalStatus.Succeeded)
            {
                Add(author, Lifecycle.QueueEvent(State.Proposals[id], State.Now));
                queued.Add(id);
            }
        }
        if (rules.Veto is not null)
        {
            var funder = Enumerable.Range(1, stakeholders).First(i => HouseOf(i) == "funders");
            foreach (var id in queued.Take(2))
            {
                Add(funder, new VetoCast(id, "Prefer a smaller first tranche."));
            }
        }
        Advance(rules.Timelock.Seconds);
        foreach (var id in queued)
        {
            if (Lifecycle.StatusOf(State.Proposals[id], State.Now) == ProposalStatus.Queued)
            {
                Add(proposals.First(p => p.Id == id).Author, new ProposalExecuted(id));
            }
        }
    }

    private void Advance(long seconds) => Add(0, new ClockAdvanced(seconds));

    /// <summary>Checks and folds one event as the engine would; a refusal is a bug in this script.</summary>
    private void Add(int author, PolityEvent e, long? time = null)
    {
        if (Full)
        {
            return;
        }
        var ctx = new EventContext(_events.Count + 1, _addresses[author], time ?? State.Now);
        if (NetworkRules.Check(_state, e, ctx) is { } rejection)
        {
            throw new InvalidOperationException($"generator bug at seq {ctx.Seq}: {e.GetType().Name} refused: {rejection}");
        }
        _state = NetworkFold.Apply(_state, e, ctx);
        _events.Add((author, e, ctx.Time));
    }

    private GeneratedLog Sign(TextWriter progress)
    {
        var network = State.Network;
        var signed = new SignedEvent[_events.Count];
        var done = 0;
        Parallel.For(0, _events.Count, i =>
        {
            var (author, e, time) = _events[i];
            var (type, payload) = EventCodec.Encode(e);
            signed[i] = new SignedEvent(type, payload, _addresses[author], time, EventSigning.Sign(network, time, type, payload, _keys[author]));
            if (Interlocked.Increment(ref done) % 20_000 == 0)
            {
                progress.WriteLine($"  signed {done:N0}/{_events.Count:N0}");
            }
        });
        return new GeneratedLog(network, signed, _state!);
    }

    /// <summary>Stakeholder <paramref name="index"/>'s key (0 is the operator): SHA-256 of a fixed label, rehashed until valid.</summary>
    internal static byte[] KeyOf(int index)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes($"polity-bench-key-{index}"));
        while (!EthKeys.IsValidPrivateKey(key))
        {
            key = SHA256.HashData(key);
        }
        return key;
    }
}
