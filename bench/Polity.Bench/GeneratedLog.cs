using Polity.Core.State;
using Polity.Engine;

namespace Polity.Bench;

/// <summary>A generated log: the network's name, its signed events in order, and the state they fold to.</summary>
internal sealed record GeneratedLog(string Network, IReadOnlyList<SignedEvent> Events, NetworkState FinalState);
