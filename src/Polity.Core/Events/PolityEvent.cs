namespace Polity.Core.Events;

/// <summary>
/// A change of a network's state, as its author signed it. Each case has a stable wire name
/// (<see cref="EventNames"/>); a changed shape gets a new case, never an edited one.
/// </summary>
public abstract record PolityEvent;
