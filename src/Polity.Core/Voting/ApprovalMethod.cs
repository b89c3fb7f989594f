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
    public IReadOnlyList<MethodParameter> Parameters { get; } = [];

    /// <inheritdoc />
    public bool MultipleWinners(MethodSettings settings) => true;

    /// <inheritdoc />
    public string? CheckBallot(Ballot ballot, IReadOnlyList<ProposalOption> options, MethodSettings settings)
    {
        if (ballot.Amounts is not null)
        {
            return "an approval ballot names options without numbers";
        }
        var seen = new HashSet<string>();
        foreach (var choice in ballot.Choices)
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
    public HouseCount Count(HouseBallots house) => Cardinal.NumberedBallots.Sum(house, b => b.Weight, b => b.Weight);
}
