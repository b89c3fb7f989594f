using Polity.Core.Primitives;

namespace Polity.Core.Events;

/// <summary>A change to the stakeholder map or to the objectives the network pursues (see <c>docs/stakeholder-mapping.md</c>).</summary>
public abstract record MapEvent : PolityEvent;

/// <summary>
/// A relationship enters the map: <paramref name="From"/> <paramref name="Type"/> <paramref name="To"/>, e.g.
/// <c>river-trust employs ana</c>. A party is a stakeholder's address or a house's id. Declared by one of
/// its stakeholder parties or by the operator; it is numbered in order of declaration, from 1.
/// </summary>
/// <param name="Type">A built-in or charter relationship name, forward or inverse (<c>employs</c>, <c>employed-by</c>).</param>
/// <param name="From">The first party: an address (<c>0x…</c>) or a house id.</param>
/// <param name="To">The second party: an address or a house id.</param>
/// <param name="Since">Since when it holds (unix seconds), at most the event's time.</param>
/// <param name="Evidence">Where it can be checked: a sentence, a URL, or both; may be empty.</param>
public sealed record RelationshipDeclared(string Type, string From, string To, long Since, string Evidence) : MapEvent;

/// <summary>A relationship stops holding. Either party, whoever declared it, or the operator may end it; it stays in the record, marked ended.</summary>
/// <param name="Relationship">The relationship's number.</param>
/// <param name="Reason">Why, for the record.</param>
public sealed record RelationshipEnded(long Relationship, string Reason) : MapEvent;

/// <summary>A stakeholder's profile, replaced whole: what they need, what limits them, and which network objectives they pursue.</summary>
/// <param name="Needs">What they need from the network, in their words.</param>
/// <param name="Constraints">What limits them (time, money, rules they work under).</param>
/// <param name="Objectives">Ids of network objectives they pursue.</param>
/// <param name="Stakeholder">Whose profile, when the operator writes it for someone; null (left out of the payload) for the author's own.</param>
public sealed record StakeholderProfileUpdated(
    IReadOnlyList<string> Needs,
    IReadOnlyList<string> Constraints,
    IReadOnlyList<string> Objectives,
    Address? Stakeholder = null) : MapEvent;

/// <summary>The operator or an objective steward sets a network objective, or revises one (progress reports are kept).</summary>
/// <param name="Objective">Short id, e.g. <c>river-monitoring</c>.</param>
/// <param name="Title">One line.</param>
/// <param name="Measure">What is counted, e.g. "river sites sampled monthly".</param>
/// <param name="Unit">The unit of the count, e.g. "sites".</param>
/// <param name="Baseline">The count when the objective was set.</param>
/// <param name="Target">The count that meets it; different from the baseline (lower for objectives that reduce something).</param>
/// <param name="Deadline">When it should be met (unix seconds).</param>
/// <param name="Description">Free text.</param>
public sealed record ObjectiveSet(
    string Objective,
    string Title,
    string Measure,
    string Unit,
    long Baseline,
    long Target,
    long Deadline,
    string Description) : MapEvent;

/// <summary>The operator or an objective steward reports where an objective's measure stands, with evidence.</summary>
/// <param name="Objective">The objective's id.</param>
/// <param name="Value">The measure's count now, in the objective's unit.</param>
/// <param name="Evidence">How it was counted, with links.</param>
public sealed record ObjectiveProgressReported(string Objective, long Value, string Evidence) : MapEvent;
