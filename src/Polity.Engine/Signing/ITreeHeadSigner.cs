using Polity.Core.Primitives;
using Polity.Ledger.Merkle;

namespace Polity.Engine.Signing;

/// <summary>Signs tree heads (EIP-712, see <see cref="TreeHeadSigning"/>); only the operator's signature counts.</summary>
public interface ITreeHeadSigner
{
    /// <summary>The signer's address.</summary>
    Address Address { get; }

    /// <summary>Signs the head for <paramref name="network"/>.</summary>
    SignedTreeHead SignTreeHead(string network, TreeHead head);
}
