using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Voting;

/// <summary>
/// Single choice: each ballot names exactly one option. The option with most support passes if its share of
/// decisive weight exceeds the house threshold (plurality when the threshold is 0%). With
/// <c>majority: absolute</c> the winner must also hold more than half of the whole turnout, abstentions included.
/// Registered twice: as <c>choice</c> and as <c>supermajority</c>, which differs only in its charter
/// check (the house thresholds must be at least one half) and in reading better in a charter.
/// </summary>
public sealed class ChoiceMethod(string name = "choice", Ratio? leastThreshold = null) : IVotingMethod
{
    /// <summary>The <c>majority</c> setting.</summary>
    public const string MajoritySetting = "majority";

    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public Ratio LeastThreshold { get; } = leastThreshold ?? Ratio.Zero;

    /// <inheritdoc />
    public IReadOnlyList<MethodParameter> Parameters { get; } =
    [
        MethodParameter.OneOf(MajoritySetting,
            "relative: the threshold share of decisive ballots is enough; absolute: the winner also needs more than half of all ballots, abstentions included",
            "relative", "absolute"),
    ];

    /// <inheritdoc />
    public bool MultipleWinners(MethodSettings settings) => false;

    /// <inheritdoc />
    public string? CheckBallot(Ballot ballot, IReadOnlyList<ProposalOption> options, MethodSettings settings)
    {
        if (ballot.Amounts is not null)
        {
            return "a choice ballot names one option without a number";
        }
        var choices = ballot.Choices;
        if (choices.Count != 1)
        {
            return $"a choice ballot names exactly one option, this one names {choices.Count}";
        }
        return options.Any(o => o.Name == choices[0])
            ? null
            : $"'{choices[0]}' is not an option: expected one of {string.Join(", ", options.Select(o => o.Name))}";
    }

    /// <inheritdoc />
    public HouseCount Count(HouseBallots house)
    {
        var options = house.Options;
        var support = new Fraction[options.Count];
        Array.Fill(support, Fraction.Zero);
        var decisive = Fraction.Zero;
        var turnout = Fraction.Zero;
        foreach (var ballot in house.Ballots)
        {
            var index = IndexOf(options, ballot.Ballot.Choices[0]);
            support[index] += ballot.Weight;
            turnout += ballot.Weight;
            if (!ballot.Ballot.IsAbstention)
            {
                decisive += ballot.Weight;
            }
        }
        if (house.Settings.Word(MajoritySetting, "relative") != "absolute")
        {
            return new HouseCount(support, decisive);
        }
        // Absolute majority narrows the usual rule: the threshold winner must also hold more than half of
        // every ballot cast in the house, abstentions included.
        var winners = Tallying.ThresholdWinners(options, support, decisive, house.Threshold, multipleWinners: false)
            .Where(i => support[i] * 2 > turnout)
            .ToList();
        return new HouseCount(support, decisive) { Winners = winners, Detail = new AbsoluteMajority(turnout) };
    }

    /// <summary>The working of an absolute-majority count: the turnout the winner needed more than half of.</summary>
    /// <param name="Turnout">Weight of every ballot, abstentions included.</param>
    public sealed record AbsoluteMajority(Fraction Turnout) : ITallyDetail
    {
        /// <inheritdoc />
        public IReadOnlyList<string> Lines() => [$"absolute majority: the winner needs more than half of {Turnout}"];
    }

    /// <summary>The index of an option that a ballot check has already accepted.</summary>
    internal static int IndexOf(IReadOnlyList<ProposalOption> options, string name)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Name == name)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"ballot choice '{name}' was not checked against the options");
    }
}
