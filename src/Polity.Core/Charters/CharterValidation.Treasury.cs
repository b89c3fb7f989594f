namespace Polity.Core.Charters;

internal static partial class CharterValidation
{
    /// <summary>Budgets, overdrafts, allowances tied to budgets and the grant roles.</summary>
    private static void CheckBudgetsAndGrants(TreasuryRules treasury, HashSet<string> assets, HashSet<string> roles, Action<string, string> problem)
    {
        for (var i = 0; i < treasury.Assets.Count; i++)
        {
            if (treasury.Assets[i].Overdraft < 0)
            {
                problem($"treasury.assets.{i}.overdraft", "expected an overdraft of zero or more");
            }
        }
        var programs = new HashSet<string>();
        foreach (var budget in treasury.Budgets)
        {
            var at = $"treasury.budgets.{budget.Program}";
            if (!Primitives.Slug.IsValid(budget.Program))
            {
                problem(at, $"'{budget.Program}' is not a valid program name: expected lowercase letters, digits and hyphens");
            }
            if (!programs.Add(budget.Program))
            {
                problem(at, $"budget '{budget.Program}' is declared twice");
            }
            if (!assets.Contains(budget.Asset))
            {
                problem($"{at}.asset", $"unknown asset '{budget.Asset}': expected one of {Names(assets)}");
            }
            if (budget.Cap is <= 0)
            {
                problem($"{at}.cap", "expected a cap above zero (leave it out for no cap)");
            }
        }
        for (var i = 0; i < treasury.SpendWithoutVote.Count; i++)
        {
            var allowance = treasury.SpendWithoutVote[i];
            if (allowance.Budget is not { } program)
            {
                continue;
            }
            var at = $"treasury.spend-without-vote.{i}.budget";
            if (treasury.FindBudget(program) is not { } budget)
            {
                problem(at, programs.Count == 0
                    ? $"unknown budget '{program}': declare it under 'treasury.budgets'"
                    : $"unknown budget '{program}': expected one of {Names(programs)}");
            }
            else if (budget.Asset.Length > 0 && budget.Asset != allowance.Asset)
            {
                problem(at, $"budget '{program}' holds {budget.Asset}, but the allowance is in {allowance.Asset}");
            }
        }
        if (treasury.Grants is { } grants)
        {
            if (!roles.Contains(grants.Reviewers))
            {
                problem("treasury.grants.reviewers", $"unknown role '{grants.Reviewers}': declare it under 'roles'");
            }
            if (!roles.Contains(grants.Disbursers))
            {
                problem("treasury.grants.disbursers", $"unknown role '{grants.Disbursers}': declare it under 'roles'");
            }
        }
    }
}
