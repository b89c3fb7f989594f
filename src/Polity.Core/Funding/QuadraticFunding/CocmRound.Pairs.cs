namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>The sum over pairs of groups: per pair of hub signatures, then the exceptions pair by pair.</summary>
internal sealed partial class CocmRound
{
    /// <summary>
    /// Σ over ordered pairs a ≠ b of √F(a, sig b)·√F(b, sig a): with R(s, t) = Σ_{a of signature s} √F(a, t), that
    /// is Σ_{s,t} R(s,t)·R(t,s) less the a = b terms, F(a, sig a). Equal to Σ_{a&lt;b} 2·√L(a,b)·√L(b,a) but for
    /// the exceptions.
    /// </summary>
    private double BySignature(Project p)
    {
        var k = p.Groups.Count;
        var local = new Dictionary<int, int>();
        p.SignatureOf = new int[k];
        for (var a = 0; a < k; a++)
        {
            var sig = _signature[p.Groups[a]];
            if (!local.TryGetValue(sig, out var s))
            {
                s = p.Signatures.Count;
                local.Add(sig, s);
                p.Signatures.Add(sig);
            }
            p.SignatureOf[a] = s;
        }
        var n = p.Signatures.Count;
        p.F = new double[k * n];
        var byMask = new List<(ulong Mask, int Agent, double X, double Y)>();
        for (var a = 0; a < k; a++)
        {
            // Members of a group mostly share their hubs (a house's members have that house): sum them per set of
            // hubs first, then look each set up against each signature once.
            byMask.Clear();
            foreach (var (agent, x, y) in p.Members[a])
            {
                var mask = _agentHubMask?[agent] ?? ulong.MaxValue;
                var at = -1;
                for (var e = 0; e < byMask.Count && _agentHubMask is not null; e++)
                {
                    if (byMask[e].Mask == mask)
                    {
                        at = e;
                        break;
                    }
                }
                if (at < 0)
                {
                    byMask.Add((mask, agent, x, y));
                }
                else
                {
                    byMask[at] = (mask, byMask[at].Agent, byMask[at].X + x, byMask[at].Y + y);
                }
            }
            foreach (var (_, agent, x, y) in byMask)
            {
                var hubs = _hubsOf[agent].Length > 0;
                for (var t = 0; t < n; t++)
                {
                    p.F[(a * n) + t] += hubs && ThroughHub(agent, p.Signatures[t]) ? y : x;
                }
            }
        }
        var r = new double[n * n];
        var diagonal = 0.0;
        for (var a = 0; a < k; a++)
        {
            var s = p.SignatureOf[a];
            for (var t = 0; t < n; t++)
            {
                r[(s * n) + t] += Math.Sqrt(p.F[(a * n) + t]);
            }
            diagonal += p.F[(a * n) + s];
        }
        var sum = 0.0;
        for (var s = 0; s < n; s++)
        {
            for (var t = 0; t < n; t++)
            {
                sum += r[(s * n) + t] * r[(t * n) + s];
            }
        }
        return sum - diagonal;
    }

    /// <summary>
    /// The pairs F gets wrong, corrected one by one: groups that overlap outright when one is not a hub (every
    /// member of each is connected to the other), and agents connected to a group through one of their non-hub
    /// groups.
    /// </summary>
    private double Exceptions(Project p)
    {
        var k = p.Groups.Count;
        var pairs = new Dictionary<long, (double AB, double BA)>();
        void Add(int a, int b, double delta)
        {
            var key = ((long)Math.Min(a, b) * k) + Math.Max(a, b);
            var (ab, ba) = pairs.GetValueOrDefault(key);
            pairs[key] = a < b ? (ab + delta, ba) : (ab, ba + delta);
        }
        for (var a = 0; a < k; a++)
        {
            if (_isHub[p.Groups[a]])
            {
                continue;
            }
            foreach (var h in _neighbours[p.Groups[a]])
            {
                if (_position[h] >= 0 && _position[h] != a)
                {
                    Add(a, _position[h], 0);
                }
            }
        }
        var seen = new List<int>();
        foreach (var (agent, x, y) in p.Multi)
        {
            seen.Clear();
            foreach (var small in _groupsOf[agent].Where(g => !_isHub[g]))
            {
                foreach (var h in _neighbours[small])
                {
                    if (_position[h] < 0 || seen.Contains(h) || ThroughHub(agent, _signature[h]))
                    {
                        continue;
                    }
                    seen.Add(h);
                    foreach (var own in _groupsOf[agent])
                    {
                        if (_position[own] != _position[h])
                        {
                            Add(_position[own], _position[h], y - x);
                        }
                    }
                }
            }
        }
        var n = p.Signatures.Count;
        var all = p.Members.Select(m => m.Sum(x => x.Y)).ToArray();
        var correction = 0.0;
        foreach (var (key, (ab, ba)) in pairs)
        {
            var (a, b) = ((int)(key / k), (int)(key % k));
            var fab = p.F[(a * n) + p.SignatureOf[b]];
            var fba = p.F[(b * n) + p.SignatureOf[a]];
            var (lab, lba) = Overlap(p.Groups[a], p.Groups[b])
                ? (all[a], all[b])
                : (fab + ab, fba + ba);
            correction += 2 * ((Math.Sqrt(lab) * Math.Sqrt(lba)) - (Math.Sqrt(fab) * Math.Sqrt(fba)));
        }
        return correction;
    }
}
