using Polity.Core.Events;

namespace Polity.Core.Voting;

/// <summary>
/// Approval: each ballot approves any set of options (none is a valid "none of these"); every option whose
/// approving weight exceeds the threshold share of decisive weight passes. A ballot of only <c>abstain</c>
/// counts towards quorum and nothing else.
/// </summary>
public sealed class ApprovalMethod : IVotingMethod
{
    /// <inheritdoc />
    public string Name => "approval";

    /// <inheritdoc />
    public bool MultipleWinners => true;

    /// <inheritdoc />
    public string? CheckBallot(IReadOnlyList<string> choices, IReadOnlyList<ProposalOption> options)
    {
        var seen = new HashSet<string>();
        foreach (var choice in choices)
        {
            if (!options.Any(o => o.Name == choice))
            {
                return $"'{choice}' is not an option: expected any of {string.Join(", ", options.Select(o => o.Name))}";
            }
            if (!seen.Add(choice))
            {
                return $"'{choice}' is approved twice";
            }
        }
        if (seen.Contains(ProposalOption.Abstain) && seen.Count > 1)
        {
            return "abstain cannot be combined with other approvals";
        }
        return null;
    }

    /// <inheritdoc />
    public HouseCount Count(IEnumerable<WeightedBallot> ballots, IReadOnlyList<ProposalOption> options)
    {
        var support = new long[options.Count];
        long decisive = 0;
        foreach (var ballot in ballots)
        {
            if (ballot.Choices is [ProposalOption.Abstain])
            {
                support[ChoiceMethod.IndexOf(options, ProposalOption.Abstain)] += ballot.Weight;
                continue;
            }
            decisive += ballot.Weight;
            foreach (var choice in ballot.Choices)
            {
                support[ChoiceMethod.IndexOf(options, choice)] += ballot.Weight;
            }
        }
        return new HouseCount(support, decisive);
    }
}
