using Polity.Core.Events;

namespace Polity.Core.Rounds;

/// <summary>The words a round's plan uses for its kind, rule, ballot and completion.</summary>
public static class RoundKinds
{
    /// <summary>Participatory budgeting: voters' ballots choose which applications the pool funds.</summary>
    public const string Budgeting = "pb";

    /// <summary>Quadratic funding: contributions attract a share of the matching pool.</summary>
    public const string Quadratic = "qf";

    /// <summary>PB rules.</summary>
    public static IReadOnlyList<string> BudgetingRules { get; } = ["greedy", "mes", "phragmen"];

    /// <summary>Completions of the Method of Equal Shares.</summary>
    public static IReadOnlyList<string> Completions { get; } = ["add1", "utilitarian", "add1-utilitarian"];

    /// <summary>PB ballots.</summary>
    public static IReadOnlyList<string> Ballots { get; } = ["approval", "cumulative"];

    /// <summary>QF variants.</summary>
    public static IReadOnlyList<string> QuadraticRules { get; } = ["linear", "pairwise", "cocm"];

    /// <summary>Points a voter spreads on a cumulative ballot when the plan names none.</summary>
    public const long DefaultPoints = 10;

    /// <summary>The library rule (<see cref="Funding.Budgeting.PbRule"/>) a pb plan names.</summary>
    public static string PbRuleName(RoundPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Rule switch
        {
            "mes" when plan.Completion is { } completion => $"equalshares/{completion}",
            "mes" => "equalshares",
            "phragmen" => "seq-phragmen",
            _ => "greedy",
        };
    }
}
