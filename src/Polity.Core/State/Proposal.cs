using System.Collections.Immutable;
using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.State;

/// <summary>A proposal and everything recorded about it.</summary>
public sealed record Proposal
{
    /// <summary>Number, from 1 in order of creation.</summary>
    public required long Id { get; init; }

    /// <summary>Author.</summary>
    public required Address Author { get; init; }

    /// <summary>The decision type's id.</summary>
    public required string DecisionTypeId { get; init; }

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Body.</summary>
    public required string Body { get; init; }

    /// <summary>Options with their actions.</summary>
    public required IReadOnlyList<ProposalOption> Options { get; init; }

    /// <summary>Declared beneficiaries.</summary>
    public required IReadOnlyList<Address> DeclaredBeneficiaries { get; init; }

    /// <summary>Creation time.</summary>
    public required long CreatedAt { get; init; }

    /// <summary>When deliberation opened, or null while a draft.</summary>
    public long? SubmittedAt { get; init; }

    /// <summary>The decision type's rules, fixed when deliberation opened (later amendments do not apply).</summary>
    public DecisionType? Rules { get; init; }

    /// <summary>Electorate per house (voting houses and the veto house), fixed when deliberation opened: member → weight.</summary>
    public ImmutableDictionary<string, ImmutableDictionary<Address, long>> Electorate { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<Address, long>>.Empty;

    /// <summary>
    /// Delegations per voting house, fixed when deliberation opened: member → delegates with shares (the
    /// decision type's own delegation where there is one, else the house-wide one). Later changes do not apply.
    /// </summary>
    public ImmutableDictionary<string, ImmutableDictionary<Address, IReadOnlyList<DelegateShare>>> Delegations { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<Address, IReadOnlyList<DelegateShare>>>.Empty;

    /// <summary>Ballots by voter.</summary>
    public ImmutableDictionary<Address, Voting.Ballot> Ballots { get; init; } =
        ImmutableDictionary<Address, Voting.Ballot>.Empty;

    /// <summary>The deliberation record.</summary>
    public ImmutableList<Comment> Comments { get; init; } = [];

    /// <summary>Amendment count.</summary>
    public int Amendments { get; init; }

    /// <summary>Vetoes by member.</summary>
    public ImmutableDictionary<Address, string> Vetoes { get; init; } = ImmutableDictionary<Address, string>.Empty;

    /// <summary>When cancelled, or null.</summary>
    public long? CancelledAt { get; init; }

    /// <summary>When queued, or null.</summary>
    public long? QueuedAt { get; init; }

    /// <summary>Earliest execution time once queued.</summary>
    public long? Eta { get; init; }

    /// <summary>The options that passed, recorded when queued.</summary>
    public IReadOnlyList<string> Passed { get; init; } = [];

    /// <summary>When the vetoes crossed the threshold, or null.</summary>
    public long? VetoedAt { get; init; }

    /// <summary>When executed, or null.</summary>
    public long? ExecutedAt { get; init; }

    /// <summary>When voting opens, once submitted.</summary>
    public long? VotingStartsAt => SubmittedAt + Rules?.Deliberation.Seconds;

    /// <summary>When voting closes, once submitted.</summary>
    public long? VotingEndsAt => VotingStartsAt + Rules?.Voting.Period.Seconds;

    /// <summary>Everyone the actions of any option name as beneficiary, plus the declared ones.</summary>
    public IReadOnlySet<Address> Beneficiaries()
    {
        var set = new HashSet<Address>(DeclaredBeneficiaries);
        foreach (var option in Options)
        {
            foreach (var action in option.Actions)
            {
                if (action.Beneficiary is { } b)
                {
                    set.Add(b);
                }
            }
        }
        return set;
    }

    /// <summary>The actions of the given passed options, in option order.</summary>
    public IEnumerable<ProposalAction> ActionsOf(IReadOnlyList<string> passed) =>
        Options.Where(o => passed.Contains(o.Name)).SelectMany(o => o.Actions);
}

/// <summary>A comment or objection in a proposal's deliberation.</summary>
/// <param name="Number">From 1 within the proposal.</param>
/// <param name="Author">Who.</param>
/// <param name="Kind"><c>comment</c> or <c>objection</c>.</param>
/// <param name="Text">What.</param>
/// <param name="ReplyTo">Comment answered, or 0.</param>
/// <param name="At">When.</param>
public sealed record Comment(long Number, Address Author, string Kind, string Text, long ReplyTo, long At);
