using System.Numerics;
using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Voting.Cardinal;

/// <summary>
/// Weighted (split) voting, as Snapshot's <c>weighted</c>: a ballot gives options relative positive shares
/// (<c>a=3 b=1</c>) and the voter's weight splits across them in those proportions: support_i =
/// weight × a_i / Σa, exactly. The decisive weight is the weight of ballots that did not abstain, so the
/// supports of a house's options sum to it. The shared threshold rule picks one winner.
/// </summary>
public sealed class WeightedMethod : IVotingMethod
{
    /// <inheritdoc />
    public string Name => "weighted";

    /// <inheritdoc />
    public IReadOnlyList<MethodParameter> Parameters { get; } = [];

    /// <inheritdoc />
    public bool MultipleWinners(MethodSettings settings) => false;

    /// <inheritdoc />
    public string? CheckBallot(Ballot ballot, IReadOnlyList<ProposalOption> options, MethodSettings settings)
    {
        if (NumberedBallots.CheckShape(ballot, options, Name, "shares") is { } bad)
        {
            return bad;
        }
        if (ballot.IsAbstention)
        {
            return null;
        }
        var shares = ballot.Amounts ?? [];
        if (shares.Count == 0)
        {
            return "a weighted ballot gives at least one option a share: a=3 b=1 (or abstain)";
        }
        for (var i = 0; i < shares.Count; i++)
        {
            if (shares[i] <= 0)
            {
                return $"'{ballot.Choices[i]}' gets a share of {shares[i]}: shares are positive (leave an option out to give it nothing)";
            }
        }
        return null;
    }

    /// <inheritdoc />
    public HouseCount Count(HouseBallots house) =>
        NumberedBallots.Sum(house, b => b.Weight / (b.Ballot.Amounts ?? []).Aggregate(BigInteger.Zero, (sum, a) => sum + a), b => b.Weight);
}
