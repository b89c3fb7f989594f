using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Voting;

/// <summary>
/// One resolution of <see cref="DelegationFlow"/>, fast on large houses. Only members who pass weight on
/// (eligible, did not vote, delegated) are walked. Where a walk goes from such a member depends on the
/// path that led there only if the member lies on a cycle of such members (the walk could meet its own
/// path again); members on no cycle are resolved once, sinks first (Tarjan's order of strongly connected
/// components), and their result — the voters reached, each with a path suffix and a share, and the share
/// not cast — is reused by every walk that reaches them. Walks are explicit only inside cycles. A long
/// chain thus costs one step per member rather than one per member and position, and recursion is as
/// deep as the largest cycle, not the longest chain. Instance state lives for one call only.
/// </summary>
internal sealed class DelegationResolver
{
    private readonly IReadOnlyDictionary<Address, long> _weights;
    private readonly IReadOnlySet<Address> _voters;
    private readonly Dictionary<Address, int> _index = [];
    private readonly Edge[][] _edges;
    private readonly Fraction[] _leftover;
    private readonly Memo?[] _memo;
    private readonly HashSet<int> _onPath = [];
    private readonly List<Address> _via = [];

    public DelegationResolver(
        IReadOnlyDictionary<Address, long> weights,
        IReadOnlySet<Address> voters,
        IReadOnlyDictionary<Address, IReadOnlyList<DelegateShare>> delegations)
    {
        _weights = weights;
        _voters = voters;
        var passing = delegations.Keys
            .Where(m => weights.ContainsKey(m) && !voters.Contains(m))
            .OrderBy(m => m.Value, StringComparer.Ordinal)
            .ToArray();
        for (var i = 0; i < passing.Length; i++)
        {
            _index[passing[i]] = i;
        }
        _edges = new Edge[passing.Length][];
        _leftover = new Fraction[passing.Length];
        _memo = new Memo?[passing.Length];
        for (var i = 0; i < passing.Length; i++)
        {
            var shares = delegations[passing[i]];
            var given = Fraction.Zero;
            var edges = new Edge[shares.Count];
            for (var k = 0; k < shares.Count; k++)
            {
                var to = shares[k].Delegate;
                var share = shares[k].Share();
                given += share;
                edges[k] = new Edge(to, _index.TryGetValue(to, out var j) ? j : -1, voters.Contains(to), share);
            }
            _edges[i] = edges;
            _leftover[i] = Fraction.Whole(1) - given;
        }
    }

    /// <summary>Every cast path (unsorted) and the weight not cast.</summary>
    public List<DelegatedWeight> Run(out Fraction notCast)
    {
        foreach (var component in Components())
        {
            if (component.Count == 1)
            {
                Remember(component[0]);
            }
        }
        var paths = new List<DelegatedWeight>();
        notCast = Fraction.Zero;
        foreach (var (member, own) in _weights)
        {
            if (_voters.Contains(member))
            {
                continue;
            }
            if (own == 0 || !_index.TryGetValue(member, out var i))
            {
                notCast += own;
                continue;
            }
            if (_memo[i] is { } memo)
            {
                foreach (var entry in memo.Entries)
                {
                    paths.Add(new DelegatedWeight(member, Materialise(entry.Suffix), entry.Voter, Scale(own, entry.Share)));
                }
                notCast += Scale(own, memo.Lost);
                continue;
            }
            _onPath.Add(i);
            notCast += Walk(i, own, (tail, voter, weight) => paths.Add(new DelegatedWeight(member, [.. _via, .. Materialise(tail)], voter, weight)));
            _onPath.Remove(i);
        }
        return paths;
    }

    /// <summary>Resolves a member on no cycle, per unit of weight; everything it reaches is resolved already or explored here.</summary>
    private void Remember(int i)
    {
        var memo = new Memo();
        _onPath.Add(i);
        memo.Lost = Walk(i, Fraction.Whole(1), (tail, voter, share) => memo.Entries.Add(new Entry(Prefix(tail), voter, share)));
        _onPath.Remove(i);
        _memo[i] = memo;
    }

    /// <summary>
    /// Sends <paramref name="weight"/> from passing member <paramref name="at"/> along its delegation; reports each
    /// piece that reaches a voter (with the path beyond the current <see cref="_via"/>) and returns the weight not cast.
    /// </summary>
    private Fraction Walk(int at, Fraction weight, Action<Chain?, Address, Fraction> reached)
    {
        var lost = _leftover[at].IsZero ? Fraction.Zero : weight * _leftover[at];
        foreach (var edge in _edges[at])
        {
            var part = Scale(weight, edge.Share);
            if (part.IsZero)
            {
                continue;
            }
            if (edge.Voter)
            {
                reached(null, edge.To, part);
            }
            else if (edge.Passing < 0 || _onPath.Contains(edge.Passing))
            {
                lost += part;
            }
            else if (_memo[edge.Passing] is { } memo)
            {
                foreach (var entry in memo.Entries)
                {
                    reached(new Chain(edge.To, entry.Suffix), entry.Voter, Scale(part, entry.Share));
                }
                lost += Scale(part, memo.Lost);
            }
            else
            {
                _onPath.Add(edge.Passing);
                _via.Add(edge.To);
                lost += Walk(edge.Passing, part, reached);
                _via.RemoveAt(_via.Count - 1);
                _onPath.Remove(edge.Passing);
            }
        }
        return lost;
    }

    /// <summary>Strongly connected components of the passing members, sinks first (iterative Tarjan: no deep recursion on long chains).</summary>
    private List<List<int>> Components()
    {
        var n = _edges.Length;
        var order = new int[n];
        var low = new int[n];
        var seen = new bool[n];
        var onStack = new bool[n];
        var stack = new Stack<int>();
        var components = new List<List<int>>();
        var counter = 0;
        var frames = new Stack<(int Node, int Edge)>();
        for (var root = 0; root < n; root++)
        {
            if (seen[root])
            {
                continue;
            }
            frames.Push((root, 0));
            seen[root] = true;
            order[root] = low[root] = counter++;
            stack.Push(root);
            onStack[root] = true;
            while (frames.Count > 0)
            {
                var (v, k) = frames.Pop();
                if (k < _edges[v].Length)
                {
                    frames.Push((v, k + 1));
                    var w = _edges[v][k].Passing;
                    if (w < 0)
                    {
                        continue;
                    }
                    if (!seen[w])
                    {
                        seen[w] = true;
                        order[w] = low[w] = counter++;
                        stack.Push(w);
                        onStack[w] = true;
                        frames.Push((w, 0));
                    }
                    else if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], order[w]);
                    }
                    continue;
                }
                if (low[v] == order[v])
                {
                    var component = new List<int>();
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        component.Add(w);
                    }
                    while (w != v);
                    components.Add(component);
                }
                if (frames.Count > 0)
                {
                    var parent = frames.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }
        return components;
    }

    private static Fraction Scale(Fraction weight, Fraction share) => share.IsWhole ? weight * share.Numerator : weight * share;

    /// <summary>The current explicit path (<see cref="_via"/>) followed by <paramref name="tail"/>, as a shared linked suffix.</summary>
    private Chain? Prefix(Chain? tail)
    {
        for (var k = _via.Count - 1; k >= 0; k--)
        {
            tail = new Chain(_via[k], tail);
        }
        return tail;
    }

    private static Address[] Materialise(Chain? chain)
    {
        var list = new List<Address>();
        for (; chain is not null; chain = chain.Tail)
        {
            list.Add(chain.Head);
        }
        return [.. list];
    }

    /// <summary>A delegation edge: its delegate, the delegate's index if they pass weight on (else −1), whether they voted, and the share.</summary>
    private readonly record struct Edge(Address To, int Passing, bool Voter, Fraction Share);

    /// <summary>A voter reached from a remembered member: the members passed after it, the voter, and the share of its weight.</summary>
    private readonly record struct Entry(Chain? Suffix, Address Voter, Fraction Share);

    /// <summary>An immutable list of addresses whose tails are shared between paths.</summary>
    private sealed record Chain(Address Head, Chain? Tail);

    /// <summary>A remembered member's resolution per unit of its weight.</summary>
    private sealed class Memo
    {
        public List<Entry> Entries { get; } = [];

        public Fraction Lost { get; set; } = Fraction.Zero;
    }
}
