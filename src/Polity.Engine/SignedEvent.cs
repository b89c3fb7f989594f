using System.Text.Json.Nodes;
using Polity.Core.Primitives;

namespace Polity.Engine;

/// <summary>An event its author signed elsewhere (a wallet), waiting for a place in the log.</summary>
/// <param name="Type">Event wire name, e.g. <c>v1.ballot-cast</c>.</param>
/// <param name="Payload">The event body, as signed.</param>
/// <param name="Author">The signer.</param>
/// <param name="Time">Unix seconds, as signed.</param>
/// <param name="Signature">"0x" + 130 hex: the author's EIP-712 signature (see <see cref="Polity.Ledger.EventSigning"/>).</param>
public sealed record SignedEvent(string Type, JsonObject Payload, Address Author, long Time, string Signature);
