namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// A budgeting rule by its Pabulib name, with the settings a file adds. Names: <c>greedy</c>,
/// <c>greedy-no-skip</c>, <c>greedy-threshold</c> (greedy after dropping projects below
/// <see cref="MinimumScore"/>), <c>equalshares</c>, <c>equalshares/add1</c>, <c>equalshares/add1-comparison</c>,
/// <c>seq-phragmen</c>, and two Equal Shares completions equalshares.net offers: <c>equalshares/utilitarian</c>
/// (MES, then greedy over what is left) and <c>equalshares/add1-utilitarian</c> (its "add1u": Add1, then greedy).
/// Greedy ranks by votes for approval and choose-1 ballots and by score for cumulative and ordinal ones. <see cref="EligibilityFilter"/> adds Świecie's filter before the rule runs.
/// </summary>
public sealed record PbRule(string Name, long? MinimumScore = null, bool EligibilityFilter = false)
{
    /// <summary>The names <see cref="Apply"/> knows.</summary>
    public static IReadOnlyList<string> Known { get; } =
        ["greedy", "greedy-no-skip", "greedy-threshold", "equalshares", "equalshares/add1", "equalshares/add1-comparison",
            "equalshares/utilitarian", "equalshares/add1-utilitarian", "seq-phragmen"];

    /// <summary>True when <paramref name="name"/> is a known rule.</summary>
    public static bool IsKnown(string name) => Known.Contains(name, StringComparer.Ordinal);

    /// <summary>Runs the rule on <paramref name="instance"/>.</summary>
    public PbOutcome Apply(PbInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var election = EligibilityFilter ? CityRules.EligibilityFilter(instance) : instance;
        var ranking = election.VoteType is PbVoteType.Cumulative or PbVoteType.Ordinal ? GreedyRanking.Score : GreedyRanking.Votes;
        return Name switch
        {
            "greedy" => GreedyRule.Select(election, new GreedyOptions(ranking, Skip: true, MinimumScore)),
            "greedy-threshold" => GreedyRule.Select(election, new GreedyOptions(ranking, Skip: true, MinimumScore)),
            "greedy-no-skip" => GreedyRule.Select(election, new GreedyOptions(ranking, Skip: false, MinimumScore)),
            "equalshares" => EqualShares.Select(election),
            "equalshares/add1" => EqualShares.WithAdd1(election).Outcome,
            "equalshares/add1-comparison" => CityRules.Compare(election,
                EqualShares.WithAdd1(election).Outcome,
                GreedyRule.Select(election, new GreedyOptions(ranking))),
            "equalshares/utilitarian" => Completion.Utilitarian(election, EqualShares.Select(election), ranking),
            "equalshares/add1-utilitarian" => Completion.Utilitarian(election, EqualShares.WithAdd1(election).Outcome, ranking),
            "seq-phragmen" => SequentialPhragmen.Select(election),
            _ => throw new ArgumentException($"unknown rule '{Name}' (known: {string.Join(", ", Known)})", nameof(instance)),
        };
    }
}
