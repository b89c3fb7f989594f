using Polity.Core.Primitives;

namespace Polity.Core.Events;

/// <summary>A member drafts a proposal; it is numbered in order of creation, from 1.</summary>
/// <param name="DecisionType">The charter's decision type.</param>
/// <param name="Title">One line.</param>
/// <param name="Body">The case for it (Markdown).</param>
/// <param name="Options">What voters choose between, each with the actions it would execute.</param>
/// <param name="Beneficiaries">Stakeholders declared to benefit, beyond those the actions name.</param>
/// <param name="Simulation">For a charter amendment, its simulation report by hash; absent otherwise (and then omitted from the payload).</param>
/// <param name="Objectives">Ids of the network objectives it serves, or null (left out of the payload, so proposals written before objectives keep their bytes).</param>
public sealed record ProposalCreated(
    string DecisionType,
    string Title,
    string Body,
    IReadOnlyList<ProposalOption> Options,
    IReadOnlyList<Address> Beneficiaries,
    SimulationAttachment? Simulation = null,
    IReadOnlyList<string>? Objectives = null) : PolityEvent;

/// <summary>The author changes a draft or a proposal in deliberation.</summary>
/// <param name="Proposal">Proposal number.</param>
/// <param name="Title">New title.</param>
/// <param name="Body">New body.</param>
/// <param name="Options">New options.</param>
/// <param name="Beneficiaries">New declared beneficiaries.</param>
/// <param name="Reason">Why, for the deliberation record.</param>
public sealed record ProposalAmended(
    long Proposal,
    string Title,
    string Body,
    IReadOnlyList<ProposalOption> Options,
    IReadOnlyList<Address> Beneficiaries,
    string Reason) : PolityEvent;

/// <summary>The author opens deliberation; the electorate and the rules are fixed at this moment.</summary>
/// <param name="Proposal">Proposal number.</param>
public sealed record ProposalSubmitted(long Proposal) : PolityEvent;

/// <summary>A member comments on, objects to, or blocks a proposal during deliberation or voting.</summary>
/// <param name="Proposal">Proposal number.</param>
/// <param name="Kind"><c>comment</c>, <c>objection</c>, or <c>block</c> (a reasoned objection that stops a consent decision while it stands).</param>
/// <param name="Text">The comment.</param>
/// <param name="ReplyTo">The comment number answered, or 0.</param>
public sealed record CommentPosted(long Proposal, string Kind, string Text, long ReplyTo) : PolityEvent;

/// <summary>The author of an objection or block withdraws it during deliberation or voting; it stays in the record, marked withdrawn.</summary>
/// <param name="Proposal">Proposal number.</param>
/// <param name="Comment">The objection's number within the proposal.</param>
public sealed record ObjectionWithdrawn(long Proposal, long Comment) : PolityEvent;

/// <summary>A member's ballot; counted in every voting house they belong to.</summary>
/// <param name="Proposal">Proposal number.</param>
/// <param name="Choices">Option names, in the form the method wants (a preference order for ranked methods).</param>
/// <param name="Amounts">For methods that take numbers (score, star, quadratic, weighted, conviction), one per choice; otherwise absent.</param>
public sealed record BallotCast(long Proposal, IReadOnlyList<string> Choices, IReadOnlyList<long>? Amounts = null) : PolityEvent
{
    /// <summary>The ballot this event casts.</summary>
    public Voting.Ballot ToBallot() => new(Choices, Amounts);
}

/// <summary>The author withdraws a draft or a proposal in deliberation.</summary>
/// <param name="Proposal">Proposal number.</param>
/// <param name="Reason">Why.</param>
public sealed record ProposalCancelled(long Proposal, string Reason) : PolityEvent;

/// <summary>Anyone queues a succeeded proposal; its timelock (and veto window) starts.</summary>
/// <param name="Proposal">Proposal number.</param>
/// <param name="Passed">The options that passed, as the tally found them.</param>
/// <param name="Eta">When it may execute: queue time plus the timelock.</param>
public sealed record ProposalQueued(long Proposal, IReadOnlyList<string> Passed, long Eta) : PolityEvent;

/// <summary>A member of the veto house vetoes a queued proposal.</summary>
/// <param name="Proposal">Proposal number.</param>
/// <param name="Reason">Why.</param>
public sealed record VetoCast(long Proposal, string Reason) : PolityEvent;

/// <summary>Anyone executes a queued proposal once its timelock has passed; its passed options' actions take effect.</summary>
/// <param name="Proposal">Proposal number.</param>
public sealed record ProposalExecuted(long Proposal) : PolityEvent;
