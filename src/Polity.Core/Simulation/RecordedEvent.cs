using Polity.Core.Events;
using Polity.Core.Rules;

namespace Polity.Core.Simulation;

/// <summary>An event as the log holds it: the event and its position, signer and time.</summary>
/// <param name="Event">The event.</param>
/// <param name="Context">Its seq, author and time.</param>
public sealed record RecordedEvent(PolityEvent Event, EventContext Context);
