using System.Security.Cryptography;
using System.Text;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Engine.Proposals;
using Polity.Engine.Serialization;
using Polity.Engine.Tests.Charters;
using Polity.Ledger;

namespace Polity.Engine.Tests;

/// <summary>Events signed the way a wallet signs them, for the commons-fund network at one fixed time (2026-01-01).</summary>
internal static class WalletSigning
{
    public const long Start = 1_767_225_600;

    public static readonly CharterVersion Charter =
        ProposalFile.LoadCharter(Path.Combine(CharterFiles.RepositoryRoot, "examples/charters/commons-fund.yaml"));

    /// <summary><paramref name="e"/> signed by <paramref name="key"/> at <see cref="Start"/>.</summary>
    public static SignedEvent Signed(byte[] key, PolityEvent e)
    {
        var (type, payload) = EventCodec.Encode(e);
        return new SignedEvent(type, payload, Who(key), Start, EventSigning.Sign("commons-fund", Start, type, payload, key));
    }

    public static Address Who(byte[] key) => new(EthKeys.AddressOf(key));

    /// <summary>A key derived from SHA-256 of <paramref name="label"/> and <paramref name="index"/>.</summary>
    public static byte[] Key(string label, int index) => SHA256.HashData(Encoding.UTF8.GetBytes($"{label}-{index}"));
}
