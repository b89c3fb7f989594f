using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Voting.Cardinal;

/// <summary>
/// Consent (sociocratic): the proposal's first option passes in a house unless a block stands there at the
/// close of voting. A block is a comment of kind <c>block</c> whose text is its reason; it counts in a
/// house only if its author is in that house's electorate (and not recused), and stops counting once its
/// author withdraws it. Ballots are optional: <c>consent</c> or <c>stand-aside</c>; both count for quorum.
/// </summary>
public sealed class ConsentMethod : IVotingMethod
{
    /// <summary>The ballot that consents.</summary>
    public const string Consent = "consent";

    /// <summary>The ballot that stands aside: present for quorum, neither consenting nor blocking.</summary>
    public const string StandAside = "stand-aside";

    /// <inheritdoc />
    public string Name => "consent";

    /// <inheritdoc />
    public IReadOnlyList<MethodParameter> Parameters { get; } = [];

    /// <inheritdoc />
    public bool MultipleWinners(MethodSettings settings) => false;

    /// <inheritdoc />
    public string? CheckBallot(Ballot ballot, IReadOnlyList<ProposalOption> options, MethodSettings settings) =>
        ballot is { Choices: [Consent or StandAside], Amounts: null }
            ? null
            : $"a consent ballot is '{Consent}' or '{StandAside}'; to stop the proposal, post a reasoned block (polity proposal block)";

    /// <inheritdoc />
    public HouseCount Count(HouseBallots house)
    {
        var options = house.Options;
        var adopted = HouseElectorate.Adopted(house);
        var support = new Fraction[options.Count];
        Array.Fill(support, Fraction.Zero);
        var consenting = Fraction.Zero;
        var standingAside = Fraction.Zero;
        foreach (var ballot in house.Ballots)
        {
            if (ballot.Ballot.Choices[0] == Consent)
            {
                consenting += ballot.Weight;
            }
            else
            {
                standingAside += ballot.Weight;
            }
        }
        support[adopted] = consenting;
        var abstain = options.ToList().FindIndex(o => o.Name == ProposalOption.Abstain);
        if (abstain >= 0)
        {
            support[abstain] = standingAside;
        }
        var blocks = house.Proposal.Comments.Where(c => c.BlocksAt(house.Close) && house.Eligible.ContainsKey(c.Author)).ToList();
        return new HouseCount(support, consenting)
        {
            Winners = blocks.Count == 0 ? [adopted] : [],
            Detail = new ConsentDetail(blocks, consenting, standingAside),
        };
    }

    /// <summary>The working of a consent count.</summary>
    /// <param name="StandingBlocks">Blocks by this house's electorate that stand (not withdrawn).</param>
    /// <param name="Consenting">Weight of <c>consent</c> ballots.</param>
    /// <param name="StandingAside">Weight of <c>stand-aside</c> ballots.</param>
    public sealed record ConsentDetail(IReadOnlyList<Comment> StandingBlocks, Fraction Consenting, Fraction StandingAside) : ITallyDetail
    {
        /// <inheritdoc />
        public IReadOnlyList<string> Lines() =>
        [
            $"consent {Consenting}, stand aside {StandingAside}",
            .. StandingBlocks.Count == 0
                ? ["no block stands"]
                : StandingBlocks.Select(b => $"block #{b.Number} by {b.Author} stands: {b.Text}"),
        ];
    }
}
