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

    /// <summary>The simulation report attached when it was created (charter amendments only), or null.</summary>
    public SimulationAttachment? Simulation { get; init; }
    /// <summary>Ids of the network objectives it serves.</summary>
    public IReadOnlyList<string> Objectives { get; init; } = [];

    /// <summary>
    /// Relationships from the map that make an electorate member an interested party of another stakeholder,
    /// fixed when deliberation opened under the charter's <c>stakeholders.conflict-of-interest</c>. They count
    /// only where the related stakeholder is a beneficiary (<see cref="ConflictsOf"/>), so an amendment that
    /// changes the beneficiaries changes who is recused.
    /// </summary>
    public ImmutableList<Map.ConflictLink> Conflicts { get; init; } = [];

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

    /// <summary>Every ballot in the order cast, with its time; methods whose ballots may change (conviction) read it.</summary>
    public ImmutableList<CastBallot> BallotHistory { get; init; } = [];

    /// <summary>Treasury balances by asset when deliberation opened (conviction weighs requests against them).</summary>
    public ImmutableDictionary<string, long> TreasuryAtSubmission { get; init; } = ImmutableDictionary<string, long>.Empty;

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

    /// <summary>The map relationships that tie <paramref name="voter"/> to a beneficiary of this proposal.</summary>
    public IReadOnlyList<Map.ConflictLink> ConflictsOf(Address voter, IReadOnlySet<Address> beneficiaries) =>
        Conflicts.Where(c => c.Party == voter && beneficiaries.Contains(c.Related)).ToList();

    /// <summary>The actions of the given passed options, in option order.</summary>
    public IEnumerable<ProposalAction> ActionsOf(IReadOnlyList<string> passed) =>
        Options.Where(o => passed.Contains(o.Name)).SelectMany(o => o.Actions);
}

/// <summary>A ballot as cast, at a time; a later one by the same voter replaces it where ballots may change.</summary>
/// <param name="Voter">Who.</param>
/// <param name="Ballot">What.</param>
/// <param name="At">When.</param>
public sealed record CastBallot(Address Voter, Voting.Ballot Ballot, long At);

/// <summary>A comment, objection or block in a proposal's deliberation.</summary>
/// <param name="Number">From 1 within the proposal.</param>
/// <param name="Author">Who.</param>
/// <param name="Kind"><see cref="Comment.Plain"/>, <see cref="Comment.Objection"/> or <see cref="Comment.Block"/>.</param>
/// <param name="Text">What (for a block, its reason).</param>
/// <param name="ReplyTo">Comment answered, or 0.</param>
/// <param name="At">When.</param>
public sealed record Comment(long Number, Address Author, string Kind, string Text, long ReplyTo, long At)
{
    /// <summary>The kind of an ordinary comment.</summary>
    public const string Plain = "comment";

    /// <summary>The kind of an objection: to be answered; it does not stop a decision by itself.</summary>
    public const string Objection = "objection";

    /// <summary>The kind of a blocking objection: under <c>consent</c> it stops the decision while it stands.</summary>
    public const string Block = "block";

    /// <summary>Every kind, in the order the CLI lists them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Plain, Objection, Block];

    /// <summary>When its author withdrew it (objections and blocks only), or null.</summary>
    public long? WithdrawnAt { get; init; }

    /// <summary>True for an objection or block.</summary>
    public bool IsObjection => Kind is Objection or Block;

    /// <summary>True for a block not withdrawn by <paramref name="time"/>.</summary>
    public bool BlocksAt(long time) => Kind == Block && At <= time && !(WithdrawnAt <= time);
}
