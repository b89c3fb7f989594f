namespace Polity.Core.Voting.Ranked;

/// <summary>
/// The iteration order of a java.util.HashMap keyed by strings. RCTab lists tied candidates (and
/// "everyone left wins") in that order, so reproducing it keeps the reported order identical.
/// </summary>
public static class JavaHashOrder
{
    /// <summary>Java's <c>String.hashCode()</c>.</summary>
    public static int HashCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var h = 0;
        foreach (var c in value)
        {
            h = unchecked((31 * h) + c);
        }
        return h;
    }

    /// <summary>Orders <paramref name="keys"/> (in insertion order) as a default-capacity HashMap iterates them.</summary>
    public static IReadOnlyList<string> Order(IEnumerable<string> keys)
    {
        var list = keys.ToList();
        var capacity = 16;
        while (list.Count > capacity * 3 / 4)
        {
            capacity *= 2;
        }
        return list
            .Select((k, i) => (k, i, bucket: Spread(HashCode(k)) & (capacity - 1)))
            .OrderBy(x => x.bucket).ThenBy(x => x.i)
            .Select(x => x.k)
            .ToList();
    }

    private static int Spread(int h) => h ^ (int)((uint)h >> 16);
}
