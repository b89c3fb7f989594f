using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Voting;

/// <summary>Snapshot's scoring cases (../shared/reference/snapshot_voting), as the cross-check tests read them.</summary>
internal static class SnapshotReference
{
    /// <summary>The folder of the cases under the shared reference data.</summary>
    public const string Folder = "snapshot_voting";

    /// <summary>A JSON number's decimal text as an exact fraction (Snapshot's doubles are printed shortest-round-trip).</summary>
    public static Fraction Exact(JsonElement number)
    {
        var value = decimal.Parse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture);
        var bits = decimal.GetBits(value);
        var mantissa = new BigInteger((uint)bits[0]) | new BigInteger((uint)bits[1]) << 32 | new BigInteger((uint)bits[2]) << 64;
        var scale = (bits[3] >> 16) & 0xFF;
        return new Fraction(bits[3] < 0 ? -mantissa : mantissa, BigInteger.Pow(10, scale));
    }
}
