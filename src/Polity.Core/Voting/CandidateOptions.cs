using Polity.Core.Events;

namespace Polity.Core.Voting;

/// <summary>The options a method that elects can elect (all but <c>abstain</c> and <c>against</c>), and the ballot checks they share.</summary>
internal static class CandidateOptions
{
    /// <summary>Candidate names in option order.</summary>
    public static IReadOnlyList<string> Names(IReadOnlyList<ProposalOption> options) =>
        options.Where(o => !o.IsReserved).Select(o => o.Name).ToList();

    /// <summary>Candidate index by name.</summary>
    public static Dictionary<string, int> Index(IReadOnlyList<string> candidates) =>
        candidates.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    /// <summary>Option indexes of candidates, in option order.</summary>
    public static List<int> OptionIndexes(IReadOnlyList<ProposalOption> options, IEnumerable<string> candidates) =>
        candidates.Select(c => ChoiceMethod.IndexOf(options, c)).Order().ToList();

    /// <summary>Null when <paramref name="choice"/> names a candidate not seen before on this ballot, else why not.</summary>
    public static string? Check(string choice, IReadOnlyList<ProposalOption> options, HashSet<string> seen, string verb)
    {
        if (choice is ProposalOption.Abstain or ProposalOption.Against)
        {
            return $"{choice} is not a candidate: {verb} only options (or cast abstain alone)";
        }
        if (!options.Any(o => o.Name == choice))
        {
            return $"'{choice}' is not an option: expected one of {string.Join(", ", Names(options))}";
        }
        return seen.Add(choice) ? null : $"'{choice}' is {verb}d twice";
    }
}
