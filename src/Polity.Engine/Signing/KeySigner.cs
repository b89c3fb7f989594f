using System.Text.Json.Nodes;
using Polity.Core.Primitives;
using Polity.Ledger;
using Polity.Ledger.Merkle;

namespace Polity.Engine.Signing;

/// <summary>Signs with a private key held in memory (decrypted from a keystore, or a server-held custodial key).</summary>
public sealed class KeySigner : IEventSigner, ITreeHeadSigner
{
    private readonly byte[] _privateKey;

    /// <summary>Creates a signer for the key.</summary>
    public KeySigner(byte[] privateKey)
    {
        _privateKey = (byte[])privateKey.Clone();
        Address = new Address(EthKeys.AddressOf(_privateKey));
    }

    /// <inheritdoc />
    public Address Address { get; }

    /// <inheritdoc />
    public string Sign(string network, long time, string type, JsonObject payload) =>
        EventSigning.Sign(network, time, type, payload, _privateKey);

    /// <inheritdoc />
    public SignedTreeHead SignTreeHead(string network, TreeHead head) => TreeHeadSigning.Sign(network, head, _privateKey);
}
