using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Voting;

/// <summary>
/// A voting method: how a ballot is formed and how one house's weighted ballots turn into support per
/// option. Quorum, the shared threshold rule and the combination of houses are common to all methods
/// (<see cref="Tallying"/>). Implementations are stateless and pure; their settings come from the charter.
/// </summary>
public interface IVotingMethod
{
    /// <summary>The name the charter uses.</summary>
    string Name { get; }

    /// <summary>The settings this method reads from the decision type's <c>voting:</c> block.</summary>
    IReadOnlyList<MethodParameter> Parameters { get; }

    /// <summary>True when several options may pass together (approval, multi-seat elections).</summary>
    bool MultipleWinners(MethodSettings settings);

    /// <summary>The lowest house threshold the charter may set for this method (one half for <c>supermajority</c>).</summary>
    Ratio LeastThreshold => Ratio.Zero;

    /// <summary>True when a voter may replace their ballot while voting is open (conviction); otherwise ballots are final.</summary>
    bool BallotsMayChange => false;

    /// <summary>Null when the ballot is well formed for these options and settings, else the reason it is not.</summary>
    string? CheckBallot(Ballot ballot, IReadOnlyList<ProposalOption> options, MethodSettings settings);

    /// <summary>
    /// Null when the ballot fits the voter's own weight (the largest they hold in the proposal's voting
    /// houses), else why not. Only methods that stake weight (conviction) look.
    /// </summary>
    string? CheckStake(Ballot ballot, long weight) => null;

    /// <summary>Support per option, decisive weight and, for methods that elect, the winners, from one house's ballots.</summary>
    HouseCount Count(HouseBallots house);
}

/// <summary>A ballot with its voter and the voter's weight in one house (own weight plus what was delegated to them).</summary>
/// <param name="Voter">Who cast it.</param>
/// <param name="Weight">Voting weight, exact.</param>
/// <param name="Ballot">What was cast.</param>
public readonly record struct WeightedBallot(Address Voter, Fraction Weight, Ballot Ballot);

/// <summary>One house's ballots, and what a method may need besides them.</summary>
/// <param name="Proposal">The proposal being counted (options, ballot history, deliberation record).</param>
/// <param name="House">The house.</param>
/// <param name="Ballots">Counted ballots in voter-address order, with weights.</param>
/// <param name="Settings">The decision type's method settings.</param>
/// <param name="Threshold">The house's threshold, for methods that apply it themselves.</param>
/// <param name="Now">The time the count is taken (at most the close of voting matters).</param>
public sealed record HouseBallots(
    Proposal Proposal, string House, IReadOnlyList<WeightedBallot> Ballots, MethodSettings Settings, Ratio Threshold, long Now)
{
    /// <summary>The proposal's options.</summary>
    public IReadOnlyList<ProposalOption> Options => Proposal.Options;

    /// <summary>The house's eligible members (recused beneficiaries left out) and their own weights, as the tally found them.</summary>
    public IReadOnlyDictionary<Address, long> Eligible { get; init; } = new Dictionary<Address, long>();

    /// <summary>The moment the count stands for: <see cref="Now"/>, or the close of voting if that came first.</summary>
    public long Close => Math.Min(Now, Proposal.VotingEndsAt ?? Now);
}

/// <summary>What a method found in one house.</summary>
/// <param name="Support">Weight behind each option, in option order (points for score methods, final-round votes for ranked ones).</param>
/// <param name="Decisive">The denominator of every option's share: weight of ballots that were not abstentions (or its method-specific equivalent).</param>
public sealed record HouseCount(IReadOnlyList<Fraction> Support, Fraction Decisive)
{
    /// <summary>
    /// Option indexes the method itself elected (ranked, condorcet, star, consent, conviction), or null when
    /// the shared threshold rule decides. When set, an option passes in the house iff quorum is met and it is here.
    /// </summary>
    public IReadOnlyList<int>? Winners { get; init; }

    /// <summary>The method's working (rounds, pairwise matrix, conviction curve …), shown with the tally.</summary>
    public object? Detail { get; init; }

    /// <summary>A count from whole-number support.</summary>
    public static HouseCount Of(IReadOnlyList<Fraction> support, Fraction decisive) => new(support, decisive);
}

/// <summary>A method's working that can describe itself in a few lines of text (the CLI prints them under the house).</summary>
public interface ITallyDetail
{
    /// <summary>Human-readable lines, most important first (e.g. one per round).</summary>
    IReadOnlyList<string> Lines();
}
