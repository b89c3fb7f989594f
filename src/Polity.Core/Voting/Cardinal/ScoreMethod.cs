using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Voting.Cardinal;

/// <summary>
/// Score (range) voting: each ballot gives options 0 to <c>max</c> points (options left out score 0).
/// An option's support is Σ weight × points and the decisive weight is Σ weight × max over ballots that
/// did not abstain, so an option's share is its mean score over the maximum. The shared threshold rule
/// picks one winner: the highest share above the threshold, none on a tie.
/// </summary>
public sealed class ScoreMethod : IVotingMethod
{
    /// <summary>The <c>max</c> setting: the most points a ballot may give one option.</summary>
    public const string MaxSetting = "max";

    /// <summary>The default of <see cref="MaxSetting"/>.</summary>
    public const long DefaultMax = 5;

    /// <inheritdoc />
    public string Name => "score";

    /// <inheritdoc />
    public IReadOnlyList<MethodParameter> Parameters { get; } =
    [
        MethodParameter.WholeNumber(MaxSetting, "the most points a ballot may give one option (the least is 0)", DefaultMax, 1, 1_000_000),
    ];

    /// <inheritdoc />
    public bool MultipleWinners(MethodSettings settings) => false;

    /// <inheritdoc />
    public string? CheckBallot(Ballot ballot, IReadOnlyList<ProposalOption> options, MethodSettings settings)
    {
        if (NumberedBallots.CheckShape(ballot, options, Name, "points") is { } bad)
        {
            return bad;
        }
        var max = settings.Whole(MaxSetting, DefaultMax);
        var points = ballot.Amounts ?? [];
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] > max)
            {
                return $"'{ballot.Choices[i]}' gets {points[i]} points: the most is {max}";
            }
        }
        return null;
    }

    /// <inheritdoc />
    public HouseCount Count(HouseBallots house)
    {
        var max = house.Settings.Whole(MaxSetting, DefaultMax);
        return NumberedBallots.Sum(house, b => b.Weight, b => b.Weight * max);
    }
}
