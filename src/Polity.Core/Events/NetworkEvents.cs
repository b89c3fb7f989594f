using Polity.Core.Primitives;

namespace Polity.Core.Events;

/// <summary>How a network tells time.</summary>
public enum ClockMode
{
    /// <summary>Real time: each event's time is when it was appended, never earlier than the last.</summary>
    System,

    /// <summary>Time moves only by signed <see cref="ClockAdvanced"/> events, for demos, tests and rehearsals.</summary>
    Simulated,
}

/// <summary>The first event of every log: the network, its operator, its clock and its first charter.</summary>
/// <param name="Network">Short name; must equal the charter's <c>network</c>.</param>
/// <param name="Clock">How time moves.</param>
/// <param name="Charter">Charter version 1.</param>
public sealed record NetworkCreated(string Network, ClockMode Clock, CharterVersion Charter) : PolityEvent;

/// <summary>The operator moves a simulated clock forward.</summary>
/// <param name="Seconds">How far, positive.</param>
public sealed record ClockAdvanced(long Seconds) : PolityEvent;

/// <summary>The operator ends the founding phase; from now on only the charter's rules admit members.</summary>
public sealed record NetworkLaunched : PolityEvent;

/// <summary>A stakeholder's identity enters the network's register.</summary>
/// <param name="Stakeholder">Their address.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind"><c>person</c> or <c>organisation</c>.</param>
/// <param name="Roles">Charter roles; only the operator may grant them, in the founding phase.</param>
public sealed record StakeholderRegistered(Address Stakeholder, string Name, string Kind, IReadOnlyList<string> Roles) : PolityEvent;
