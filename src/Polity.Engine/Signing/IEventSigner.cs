using System.Text.Json.Nodes;
using Polity.Core.Primitives;

namespace Polity.Engine.Signing;

/// <summary>Signs events as one stakeholder (EIP-712, see <see cref="Polity.Ledger.EventSigning"/>).</summary>
public interface IEventSigner
{
    /// <summary>The signer's address.</summary>
    Address Address { get; }

    /// <summary>The 0x-hex signature over the event's typed data.</summary>
    string Sign(string network, long time, string type, JsonObject payload);
}
