using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Voting;

/// <summary>
/// Where the weight of members who did not vote goes in one house. Each such member's weight splits by
/// their delegation's shares (what the shares leave over stays with them, uncast) and follows each
/// delegate: it is cast when it reaches a member who voted, follows on through a delegate who did not
/// vote but delegated in turn, and is lost when it reaches a member who neither voted nor delegated, a
/// recused member, someone outside the electorate, or a member it already passed through (a cycle).
/// Every path is finite (no member repeats on it), so resolution always ends. Pure and independent of
/// the order of ballots and delegations: results are sorted.
/// </summary>
public static class DelegationFlow
{
    /// <summary>Resolves one house's delegations once, for every ballot of the tally.</summary>
    /// <param name="weights">Eligible members and their own weights. Recused members are not among them, so weight reaching one is lost like weight leaving the electorate.</param>
    /// <param name="voters">Eligible members who cast a ballot.</param>
    /// <param name="delegations">Each member's delegation in force for this proposal.</param>
    public static DelegationResult Resolve(
        IReadOnlyDictionary<Address, long> weights,
        IReadOnlySet<Address> voters,
        IReadOnlyDictionary<Address, IReadOnlyList<DelegateShare>> delegations)
    {
        var paths = new DelegationResolver(weights, voters, delegations).Run(out var notCast);
        paths.Sort(ComparePaths);
        var received = new Dictionary<Address, Fraction>();
        foreach (var path in paths)
        {
            received[path.To] = received.TryGetValue(path.To, out var sum) ? sum + path.Weight : path.Weight;
        }
        return new DelegationResult(paths, received, notCast);
    }

    private static int ComparePaths(DelegatedWeight a, DelegatedWeight b)
    {
        var c = string.CompareOrdinal(a.From.Value, b.From.Value);
        for (var i = 0; c == 0 && i < Math.Min(a.Path.Count, b.Path.Count); i++)
        {
            c = string.CompareOrdinal(a.Path[i].Value, b.Path[i].Value);
        }
        if (c == 0)
        {
            c = a.Path.Count.CompareTo(b.Path.Count);
        }
        return c != 0 ? c : string.CompareOrdinal(a.To.Value, b.To.Value);
    }
}

/// <summary>How one house's delegated weight resolved.</summary>
/// <param name="Paths">Every piece of delegated weight that was cast, with its path, sorted by delegator, path and voter.</param>
/// <param name="Received">Delegated weight each voter received (the sum of their paths).</param>
/// <param name="NotCast">Weight of members who did not vote that reached no voter: idle members, remainders of partial delegations, and weight lost on the way.</param>
public sealed record DelegationResult(
    IReadOnlyList<DelegatedWeight> Paths, IReadOnlyDictionary<Address, Fraction> Received, Fraction NotCast);

/// <summary>A piece of a member's weight cast by someone else through delegation.</summary>
/// <param name="From">The member whose weight it is (who did not vote).</param>
/// <param name="Path">The delegates it passed through who did not vote either, in order (empty when delegated directly to the voter).</param>
/// <param name="To">The voter who cast it.</param>
/// <param name="Weight">How much, exact.</param>
public sealed record DelegatedWeight(Address From, IReadOnlyList<Address> Path, Address To, Fraction Weight);
