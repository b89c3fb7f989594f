using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Voting.Cardinal;

/// <summary>
/// The checks and sums shared by methods whose ballots give each option a number (score, quadratic,
/// weighted): <c>a=3 b=1</c>. A ballot of only <c>abstain</c>, without a number, counts towards quorum.
/// </summary>
internal static class NumberedBallots
{
    /// <summary>Null when the ballot names real options once each with one number apiece, else why not.</summary>
    public static string? CheckShape(Ballot ballot, IReadOnlyList<ProposalOption> options, string method, string unit)
    {
        if (ballot.IsAbstention && ballot.Amounts is null or [])
        {
            return null;
        }
        if (ballot.Amounts is not { } amounts || amounts.Count != ballot.Choices.Count)
        {
            return $"a {method} ballot gives every option it names a number of {unit}: a=3 b=1";
        }
        var seen = new HashSet<string>();
        foreach (var choice in ballot.Choices)
        {
            if (choice == ProposalOption.Abstain)
            {
                return "abstain takes no number and stands alone";
            }
            if (!options.Any(o => o.Name == choice))
            {
                return $"'{choice}' is not an option: expected any of {string.Join(", ", options.Where(o => o.Name != ProposalOption.Abstain).Select(o => o.Name))}";
            }
            if (!seen.Add(choice))
            {
                return $"'{choice}' is named twice";
            }
        }
        return amounts.Any(a => a < 0) ? $"{unit} are whole numbers of zero or more" : null;
    }

    /// <summary>
    /// Support per option from what each ballot gives the options it names; abstentions add their weight to
    /// <c>abstain</c>. Also serves ballots without numbers (approval), whose every choice reads as 1.
    /// </summary>
    /// <param name="house">The ballots.</param>
    /// <param name="perPoint">What one point of a non-abstaining ballot is worth (its weight, or its weight over its total shares), worked out once per ballot.</param>
    /// <param name="decisive">Each non-abstaining ballot's contribution to the decisive weight.</param>
    public static HouseCount Sum(HouseBallots house, Func<WeightedBallot, Fraction> perPoint, Func<WeightedBallot, Fraction> decisive)
    {
        var options = house.Options;
        var support = new Fraction[options.Count];
        Array.Fill(support, Fraction.Zero);
        var total = Fraction.Zero;
        foreach (var ballot in house.Ballots)
        {
            if (ballot.Ballot.IsAbstention)
            {
                support[ChoiceMethod.IndexOf(options, ProposalOption.Abstain)] += ballot.Weight;
                continue;
            }
            total += decisive(ballot);
            var amounts = ballot.Ballot.Amounts;
            var point = perPoint(ballot);
            for (var i = 0; i < ballot.Ballot.Choices.Count; i++)
            {
                support[ChoiceMethod.IndexOf(options, ballot.Ballot.Choices[i])] += amounts is null ? point : point * amounts[i];
            }
        }
        return new HouseCount(support, total);
    }
}
