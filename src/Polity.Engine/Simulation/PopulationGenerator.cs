using System.Security.Cryptography;
using System.Text;
using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Core.Voting;

namespace Polity.Engine.Simulation;

/// <summary>
/// Writes a synthetic history in memory: a network under the charter with the spec's members, then each
/// proposal created, submitted, voted on by a seeded draw and left to close. Every event passes the same
/// rules and fold as a real network's; nothing touches a database. Deterministic from the spec's seed.
/// </summary>
public static class PopulationGenerator
{
    /// <summary>Where the synthetic clock starts (unix seconds).</summary>
    public const long Start = 1_800_000_000;

    /// <summary>The synthetic history.</summary>
    /// <exception cref="FormatException">The spec names a house or decision type the charter lacks, or one the generator cannot vote on.</exception>
    public static IReadOnlyList<(PolityEvent Event, EventContext Context)> Generate(CharterVersion charter, PopulationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(charter);
        ArgumentNullException.ThrowIfNull(spec);
        Check(charter.Charter, spec);
        var rng = new SplitMix64(spec.Seed);
        var log = new Log();
        var op = AddressOf("operator");
        log.Append(op, new NetworkCreated(charter.Charter.Network, ClockMode.Simulated, charter));
        var members = new Dictionary<string, List<Address>>();
        foreach (var house in spec.Houses)
        {
            var list = members[house.House] = [];
            for (var i = 1; i <= house.Members; i++)
            {
                var who = AddressOf($"{house.House}-{i}");
                log.Append(op, new StakeholderRegistered(who, $"{house.House} {i}", "person", []));
                log.Append(op, new MemberAdmitted(house.House, who, house.Stake + (long)rng.Below((ulong)(house.StakeMax - house.Stake + 1))));
                list.Add(who);
            }
        }
        log.Append(op, new NetworkLaunched());
        foreach (var (typeId, count) in spec.Proposals)
        {
            var type = charter.Charter.FindDecisionType(typeId)!;
            var proposers = (type.Proposers.Count > 0 ? type.Proposers : charter.Charter.Houses.Select(h => h.Id))
                .SelectMany(h => members.GetValueOrDefault(h) ?? []).ToList();
            if (proposers.Count == 0)
            {
                throw new FormatException($"decision type '{typeId}': no synthetic member may propose it (proposers: {string.Join(", ", type.Proposers)})");
            }
            for (var k = 1; k <= count; k++)
            {
                Decide(log, rng, spec, type, proposers[(int)rng.Below((ulong)proposers.Count)], members, $"{typeId} {k}");
                if (type.Deliberation.Seconds + type.Voting.Period.Seconds == 0)
                {
                    log.Append(op, new ClockAdvanced(1));
                }
            }
        }
        return log.Events;
    }

    private static void Decide(Log log, SplitMix64 rng, PopulationSpec spec, DecisionType type, Address author, Dictionary<string, List<Address>> members, string title)
    {
        var op = AddressOf("operator");
        log.Append(author, new ProposalCreated(type.Id, title, "", ProposalOption.YesNo([]), []));
        var id = log.State.Proposals.Count;
        log.Append(author, new ProposalSubmitted(id));
        if (type.Deliberation.Seconds > 0)
        {
            log.Append(op, new ClockAdvanced(type.Deliberation.Seconds));
        }
        foreach (var rule in type.Houses)
        {
            if (spec.Houses.FirstOrDefault(h => h.House == rule.House) is not { } house)
            {
                continue;
            }
            bool? bloc = rng.Chance(house.Polarisation) ? rng.Chance(house.Yes) : null;
            foreach (var member in members[house.House])
            {
                if (!rng.Chance(house.Turnout))
                {
                    continue;
                }
                var choice = rng.Chance(house.Abstain) ? ProposalOption.Abstain
                    : (bloc ?? rng.Chance(house.Yes)) ? ProposalOption.For : ProposalOption.Against;
                log.Append(member, new BallotCast(id, [choice]));
            }
        }
        if (type.Voting.Period.Seconds > 0)
        {
            log.Append(op, new ClockAdvanced(type.Voting.Period.Seconds));
        }
    }

    /// <summary>Every house and decision type the spec names is in the charter, and the generator's yes/no/abstain ballots suit each type's methods.</summary>
    private static void Check(Charter charter, PopulationSpec spec)
    {
        foreach (var house in spec.Houses.Where(h => charter.FindHouse(h.House) is null))
        {
            throw new FormatException($"house '{house.House}' is not in the charter: expected one of {string.Join(", ", charter.Houses.Select(h => h.Id))}");
        }
        foreach (var (typeId, _) in spec.Proposals)
        {
            var type = charter.FindDecisionType(typeId)
                ?? throw new FormatException($"decision type '{typeId}' is not in the charter: expected one of {string.Join(", ", charter.DecisionTypes.Select(d => d.Id))}");
            foreach (var rule in type.Houses)
            {
                var (method, settings) = VotingMethods.For(type, rule);
                if (method.CheckBallot(new Ballot([ProposalOption.For]), ProposalOption.YesNo([]), settings) is { } why)
                {
                    throw new FormatException($"decision type '{typeId}' votes by '{method.Name}' in '{rule.House}', which a yes/no/abstain ballot does not suit ({why}); population runs support methods that take a single choice");
                }
            }
        }
    }

    /// <summary>A synthetic member's address: the first 20 bytes of SHA-256 of its name.</summary>
    public static Address AddressOf(string name) =>
        new("0x" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("polity-population:" + name)))[..40]);

    /// <summary>An in-memory log: each event is checked by the rules, then folded.</summary>
    private sealed class Log
    {
        private NetworkState? _state;

        public List<(PolityEvent Event, EventContext Context)> Events { get; } = [];

        public NetworkState State => _state!;

        public void Append(Address author, PolityEvent e)
        {
            var ctx = new EventContext(Events.Count + 1, author, _state?.Now ?? Start);
            if (NetworkRules.Check(_state, e, ctx) is { } refused)
            {
                throw new FormatException($"the charter refused a synthetic {EventNames.Of(e)}: {refused.Message} ({refused.Code})");
            }
            _state = NetworkFold.Apply(_state, e, ctx);
            Events.Add((e, ctx));
        }
    }
}
