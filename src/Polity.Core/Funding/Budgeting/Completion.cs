namespace Polity.Core.Funding.Budgeting;

/// <summary>
/// Completing an outcome that leaves money unspent (Equal Shares usually does) with a second rule over what is left
/// of the budget, as pabutools' <c>completion_by_rule_combination</c>: the first outcome's projects stay selected,
/// come first, and are paid before the second rule starts.
/// </summary>
public static class Completion
{
    /// <summary>
    /// Utilitarian completion (equalshares.net's "utilitarian", the second step of its "add1u"; pabutools'
    /// <c>greedy_utilitarian_welfare</c>): walk down the projects by <paramref name="ranking"/> and add each one
    /// that still fits. Ties as <see cref="GreedyRule"/>: the project listed first.
    /// </summary>
    public static PbOutcome Utilitarian(PbInstance instance, PbOutcome outcome, GreedyRanking ranking = GreedyRanking.Votes)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(outcome);
        return GreedyRule.Select(instance, new GreedyOptions(ranking), outcome.Selected);
    }

    /// <summary>
    /// Phragmén completion (pabutools' combination with <c>sequential_phragmen</c>, and abcvoting's way to complete
    /// <c>equal-shares</c>): sequential Phragmén from loads of 0 over the projects not yet selected, stopping as that
    /// rule does at the first earliest project that no longer fits.
    /// </summary>
    public static PbOutcome Phragmen(PbInstance instance, PbOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(outcome);
        return SequentialPhragmen.Select(instance, outcome.Selected);
    }
}
