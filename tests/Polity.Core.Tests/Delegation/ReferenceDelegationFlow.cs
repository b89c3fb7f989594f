using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Voting;

namespace Polity.Core.Tests.Delegation;

/// <summary>
/// The plainest reading of the delegation rule — walk every simple path from every non-voter — kept as a
/// reference model: <see cref="DelegationFlow"/> must give exactly the same result on every graph.
/// </summary>
internal static class ReferenceDelegationFlow
{
    public static DelegationResult Resolve(
        IReadOnlyDictionary<Address, long> weights,
        IReadOnlySet<Address> voters,
        IReadOnlyDictionary<Address, IReadOnlyList<DelegateShare>> delegations)
    {
        var paths = new List<DelegatedWeight>();
        var notCast = Fraction.Zero;
        var onPath = new HashSet<Address>();
        var via = new List<Address>();
        // Shares as fractions, once per tally; a whole share (the common single delegate) needs no arithmetic on the way.
        var prepared = new Dictionary<Address, Prepared>(delegations.Count);
        foreach (var (member, shares) in delegations)
        {
            var fractions = shares.Select(share => share.Share()).ToArray();
            var given = fractions.Aggregate(Fraction.Zero, (sum, f) => sum + f);
            prepared[member] = new Prepared(shares, fractions, Fraction.Whole(1) - given);
        }

        void Follow(Address from, Address at, Fraction weight)
        {
            var (shares, fractions, leftover) = prepared[at];
            for (var i = 0; i < shares.Count; i++)
            {
                var part = fractions[i].IsWhole ? weight : weight * fractions[i];
                var next = shares[i].Delegate;
                if (part.IsZero || onPath.Contains(next))
                {
                    notCast += part;
                }
                else if (voters.Contains(next))
                {
                    paths.Add(new DelegatedWeight(from, [.. via], next, part));
                }
                else if (weights.ContainsKey(next) && prepared.ContainsKey(next))
                {
                    onPath.Add(next);
                    via.Add(next);
                    Follow(from, next, part);
                    via.RemoveAt(via.Count - 1);
                    onPath.Remove(next);
                }
                else
                {
                    notCast += part;
                }
            }
            if (!leftover.IsZero)
            {
                notCast += weight * leftover;
            }
        }

        foreach (var (member, own) in weights)
        {
            if (voters.Contains(member))
            {
                continue;
            }
            if (own == 0 || !prepared.ContainsKey(member))
            {
                notCast += own;
                continue;
            }
            onPath.Add(member);
            Follow(member, member, own);
            onPath.Remove(member);
        }
        paths.Sort((a, b) => string.CompareOrdinal(Key(a), Key(b)));
        var received = new Dictionary<Address, Fraction>();
        foreach (var path in paths)
        {
            received[path.To] = received.TryGetValue(path.To, out var sum) ? sum + path.Weight : path.Weight;
        }
        return new DelegationResult(paths, received, notCast);
    }

    internal static string Key(DelegatedWeight d) => string.Join(">", d.Path.Prepend(d.From).Append(d.To).Select(a => a.Value)) + "=" + d.Weight;

    private readonly record struct Prepared(IReadOnlyList<DelegateShare> Shares, Fraction[] Fractions, Fraction Leftover);
}
