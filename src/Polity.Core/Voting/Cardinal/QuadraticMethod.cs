using System.Numerics;
using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Voting.Cardinal;

/// <summary>
/// Quadratic voting: every voter holds the same budget of voice credits (<c>credits</c>) and buys n ≥ 0
/// votes for an option at a cost of n² credits; a ballot that costs more than the budget is refused. An
/// option's support is Σ weight × votes, so a house's weights scale votes after the budget has bounded
/// them. The decisive weight is Σ weight × the ballot's total votes over ballots that did not abstain, so
/// a share is the option's part of all votes bought. The shared threshold rule picks one winner.
/// </summary>
public sealed class QuadraticMethod : IVotingMethod
{
    /// <summary>The <c>credits</c> setting: each voter's budget of voice credits.</summary>
    public const string CreditsSetting = "credits";

    /// <summary>The default of <see cref="CreditsSetting"/>.</summary>
    public const long DefaultCredits = 100;

    /// <inheritdoc />
    public string Name => "quadratic";

    /// <inheritdoc />
    public IReadOnlyList<MethodParameter> Parameters { get; } =
    [
        MethodParameter.WholeNumber(CreditsSetting, "voice credits per voter; n votes for one option cost n²", DefaultCredits, 1, 1_000_000_000_000),
    ];

    /// <inheritdoc />
    public bool MultipleWinners(MethodSettings settings) => false;

    /// <summary>What a ballot costs: the sum of the squares of its votes (exact, however large).</summary>
    public static BigInteger Cost(Ballot ballot) =>
        (ballot.Amounts ?? []).Aggregate(BigInteger.Zero, (sum, n) => sum + (BigInteger)n * n);

    /// <inheritdoc />
    public string? CheckBallot(Ballot ballot, IReadOnlyList<ProposalOption> options, MethodSettings settings)
    {
        if (NumberedBallots.CheckShape(ballot, options, Name, "votes") is { } bad)
        {
            return bad;
        }
        var budget = settings.Whole(CreditsSetting, DefaultCredits);
        var cost = Cost(ballot);
        return cost > budget
            ? $"this ballot costs {cost} voice credits ({string.Join(" + ", (ballot.Amounts ?? []).Select(n => $"{n}²"))}), more than the budget of {budget}"
            : null;
    }

    /// <inheritdoc />
    public HouseCount Count(HouseBallots house) =>
        NumberedBallots.Sum(house, b => b.Weight, b => b.Weight * (b.Ballot.Amounts ?? []).Sum());
}
