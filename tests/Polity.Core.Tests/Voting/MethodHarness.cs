using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Voting;

namespace Polity.Core.Tests.Voting;

/// <summary>Counts one house's ballots with a method directly, without a network around it.</summary>
internal static class MethodHarness
{
    /// <summary>A ballot as tests write it: weight, choices, optional amounts.</summary>
    public static (long Weight, Ballot Ballot) B(long weight, string[] choices, long[]? amounts = null) => (weight, new Ballot(choices, amounts));

    /// <summary>Options with no actions.</summary>
    public static ProposalOption[] Options(params string[] names) => names.Select(n => new ProposalOption(n, [])).ToArray();

    /// <summary>Checks a ballot with default settings.</summary>
    public static string? Check(IVotingMethod method, IReadOnlyList<ProposalOption> options, string[] choices, long[]? amounts = null,
        MethodSettings? settings = null) =>
        method.CheckBallot(new Ballot(choices, amounts), options, settings ?? MethodSettings.Empty);

    /// <summary>Counts ballots cast by distinct synthetic voters, in the given order.</summary>
    public static HouseCount Count(IVotingMethod method, IReadOnlyList<ProposalOption> options, params (long Weight, Ballot Ballot)[] ballots) =>
        Count(method, options, MethodSettings.Empty, new Ratio(1, 2), ballots);

    /// <summary>Counts ballots with settings and a threshold.</summary>
    public static HouseCount Count(IVotingMethod method, IReadOnlyList<ProposalOption> options, MethodSettings settings, Ratio threshold,
        params (long Weight, Ballot Ballot)[] ballots) =>
        CountExact(method, options, settings, threshold, ballots.Select(b => ((Fraction)b.Weight, b.Ballot)));

    /// <summary>Counts ballots with exact (possibly fractional) weights.</summary>
    public static HouseCount CountExact(IVotingMethod method, IReadOnlyList<ProposalOption> options, MethodSettings settings, Ratio threshold,
        IEnumerable<(Fraction Weight, Ballot Ballot)> ballots)
    {
        var proposal = new Proposal
        {
            Id = 1,
            Author = Voter(0),
            DecisionTypeId = "test",
            Title = "test",
            Body = "",
            Options = options,
            DeclaredBeneficiaries = [],
            CreatedAt = 0,
        };
        var weighted = ballots.Select((b, i) => new WeightedBallot(Voter(i + 1), b.Weight, b.Ballot)).ToList();
        return method.Count(new HouseBallots(proposal, "house", weighted, settings, threshold, 0));
    }

    /// <summary>Settings from pairs.</summary>
    public static MethodSettings Settings(params (string Key, string Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Key, v.Value)));

    private static Address Voter(int i) => new($"0x{i:x40}");
}
