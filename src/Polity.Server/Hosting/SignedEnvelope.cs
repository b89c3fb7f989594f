using System.Text.Json.Nodes;
using Polity.Core.Primitives;

namespace Polity.Server.Hosting;

/// <summary>An event a wallet signed: the fields of the EIP-712 <c>PolityEvent</c> message plus the signature (see docs/transparency.md).</summary>
/// <param name="Type">Event wire name, e.g. <c>v1.ballot-cast</c>.</param>
/// <param name="Payload">The event body; signed as its canonical JSON text.</param>
/// <param name="Author">The signer's address.</param>
/// <param name="Time">Unix seconds the author signed for.</param>
/// <param name="Signature">0x-hex r‖s‖v.</param>
public sealed record SignedEnvelope(string Type, JsonObject Payload, Address Author, long Time, string Signature);
