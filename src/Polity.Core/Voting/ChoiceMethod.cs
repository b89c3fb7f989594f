using Polity.Core.Events;

namespace Polity.Core.Voting;

/// <summary>Single choice: each ballot names exactly one option; the option with most support wins if it exceeds the threshold.</summary>
public sealed class ChoiceMethod : IVotingMethod
{
    /// <inheritdoc />
    public string Name => "choice";

    /// <inheritdoc />
    public bool MultipleWinners => false;

    /// <inheritdoc />
    public string? CheckBallot(IReadOnlyList<string> choices, IReadOnlyList<ProposalOption> options)
    {
        if (choices.Count != 1)
        {
            return $"a choice ballot names exactly one option, this one names {choices.Count}";
        }
        return options.Any(o => o.Name == choices[0])
            ? null
            : $"'{choices[0]}' is not an option: expected one of {string.Join(", ", options.Select(o => o.Name))}";
    }

    /// <inheritdoc />
    public HouseCount Count(IEnumerable<WeightedBallot> ballots, IReadOnlyList<ProposalOption> options)
    {
        var support = new long[options.Count];
        long decisive = 0;
        foreach (var ballot in ballots)
        {
            var index = IndexOf(options, ballot.Choices[0]);
            support[index] += ballot.Weight;
            if (ballot.Choices[0] != ProposalOption.Abstain)
            {
                decisive += ballot.Weight;
            }
        }
        return new HouseCount(support, decisive);
    }

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
