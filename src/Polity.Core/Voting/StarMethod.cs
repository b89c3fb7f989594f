using System.Numerics;
using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Voting;

/// <summary>
/// STAR voting (Score Then Automatic Runoff): each ballot scores candidates from 0 to <c>max</c> (unscored is
/// 0); the two highest totals go to a runoff won by the finalist scored higher on more weight. Ties follow
/// the official STAR rules, with the charter's option order standing in for drawing lots.
/// </summary>
public sealed class StarMethod : IVotingMethod
{
    /// <summary>The <c>max</c> setting.</summary>
    public const string MaxSetting = "max";

    /// <summary>The default of <see cref="MaxSetting"/>.</summary>
    public const long DefaultMax = 5;

    /// <inheritdoc />
    public string Name => "star";

    /// <inheritdoc />
    public IReadOnlyList<MethodParameter> Parameters { get; } =
    [
        MethodParameter.WholeNumber(MaxSetting, "the highest score a ballot may give (scores run from 0)", DefaultMax, 1, 100),
    ];

    /// <inheritdoc />
    public bool MultipleWinners(MethodSettings settings) => false;

    /// <inheritdoc />
    public string? CheckBallot(Ballot ballot, IReadOnlyList<ProposalOption> options, MethodSettings settings)
    {
        if (ballot.IsAbstention && (ballot.Amounts is null || ballot.Amounts is [0]))
        {
            return null;
        }
        if (ballot.Amounts is null || ballot.Amounts.Count != ballot.Choices.Count)
        {
            return "a star ballot scores options: a=5 b=3 …";
        }
        var max = settings.Whole(MaxSetting, DefaultMax);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ballot.Choices.Count; i++)
        {
            var choice = ballot.Choices[i];
            if (CandidateOptions.Check(choice, options, seen, "score") is { } problem)
            {
                return problem;
            }
            if (ballot.Amounts[i] < 0 || ballot.Amounts[i] > max)
            {
                return $"'{choice}' is scored {ballot.Amounts[i]}: scores run from 0 to {max}";
            }
        }
        return null;
    }

    /// <inheritdoc />
    public HouseCount Count(HouseBallots house)
    {
        var options = house.Options;
        var candidates = CandidateOptions.Names(options);
        var n = candidates.Count;
        var index = CandidateOptions.Index(candidates);
        var max = house.Settings.Whole(MaxSetting, DefaultMax);
        var denominator = WeightScale.CommonDenominator(house.Ballots);
        var ballots = new List<(BigInteger Weight, long[] Scores)>();
        var abstained = BigInteger.Zero;
        foreach (var ballot in house.Ballots)
        {
            var w = WeightScale.Scale(ballot.Weight, denominator);
            if (ballot.Ballot.IsAbstention)
            {
                abstained += w;
                continue;
            }
            var scores = new long[n];
            for (var i = 0; i < ballot.Ballot.Choices.Count; i++)
            {
                scores[index[ballot.Ballot.Choices[i]]] = ballot.Ballot.Amounts![i];
            }
            ballots.Add((w, scores));
        }
        var count = new StarCount(ballots, n, max);
        var total = count.Totals;
        var support = options.Select(o => o.Name == ProposalOption.Abstain ? new Fraction(abstained, denominator)
            : index.TryGetValue(o.Name, out var c) ? new Fraction(total[c], denominator) : Fraction.Zero).ToList();
        // As for score: the decisive weight is every non-abstaining ballot at full marks, so a share is the mean score over the maximum.
        var decisive = new Fraction(count.Weight * max, denominator);
        var result = count.Run();
        var winners = result.Winner is { } winner ? CandidateOptions.OptionIndexes(options, [candidates[winner]]) : [];
        var detail = new StarDetail(
            result.Finalists.Select(f => candidates[f]).ToList(),
            result.Preferences.Select(p => new Fraction(p, denominator)).ToList(),
            result.Winner is { } w2 ? candidates[w2] : null,
            result.TieBreaks);
        return new HouseCount(support, decisive) { Winners = winners, Detail = detail };
    }
}
