using Polity.Core.Primitives;

namespace Polity.Core.Charters;

/// <summary>The semantic rules a charter must satisfy beyond its syntax.</summary>
internal static partial class CharterValidation
{
    public static IReadOnlyList<CharterProblem> Check(Charter charter)
    {
        var problems = new List<CharterProblem>();
        void Problem(string path, string message) => problems.Add(new CharterProblem(path, message));

        if (!Slug.IsValid(charter.Network))
        {
            Problem("network", $"'{charter.Network}' is not a valid network name: expected lowercase letters, digits and hyphens");
        }
        if (charter.Houses.Count == 0)
        {
            Problem("houses", "expected at least one house");
        }
        var houseIds = new HashSet<string>();
        foreach (var house in charter.Houses)
        {
            var at = $"houses.{house.Id}";
            if (!Slug.IsValid(house.Id))
            {
                Problem(at, $"'{house.Id}' is not a valid house name: expected lowercase letters, digits and hyphens");
            }
            if (!houseIds.Add(house.Id))
            {
                Problem(at, $"house '{house.Id}' is declared twice");
            }
        }
        foreach (var house in charter.Houses)
        {
            for (var i = 0; i < house.Attesters.Count; i++)
            {
                if (!houseIds.Contains(house.Attesters[i]))
                {
                    Problem($"houses.{house.Id}.attesters.{i}", $"unknown house '{house.Attesters[i]}': expected one of {Names(houseIds)}");
                }
            }
            if (house.Admit == AdmissionRule.OpenWithAttestation && house.Attesters.Count == 0)
            {
                Problem($"houses.{house.Id}.admit", "open-with-attestation needs 'attesters': the houses whose members may attest");
            }
            CheckWeight(house, Problem);
        }
        var roles = charter.Roles.ToHashSet();
        var decisionIds = new HashSet<string>();
        foreach (var type in charter.DecisionTypes)
        {
            CheckDecisionType(type, houseIds, decisionIds, Problem);
        }
        if (charter.FindDecisionType("amend-charter") is null
            && !charter.DecisionTypes.Any(d => d.Actions.Contains(ActionKinds.AmendCharter)))
        {
            Problem("decision-types", "expected a decision type that may carry 'amend-charter' actions (usually named amend-charter), or the charter could never change");
        }
        var assets = new HashSet<string>();
        for (var i = 0; i < charter.Treasury.Assets.Count; i++)
        {
            var asset = charter.Treasury.Assets[i];
            if (!assets.Add(asset.Code))
            {
                Problem($"treasury.assets.{i}", $"asset '{asset.Code}' is declared twice");
            }
            if (asset.Decimals is < 0 or > 18)
            {
                Problem($"treasury.assets.{i}", $"asset '{asset.Code}' has {asset.Decimals} decimals: expected 0 to 18");
            }
        }
        for (var i = 0; i < charter.Treasury.SpendWithoutVote.Count; i++)
        {
            var allowance = charter.Treasury.SpendWithoutVote[i];
            var at = $"treasury.spend-without-vote.{i}";
            if (!assets.Contains(allowance.Asset))
            {
                Problem($"{at}.limit", $"unknown asset '{allowance.Asset}': expected one of {Names(assets)}");
            }
            if (!roles.Contains(allowance.Role))
            {
                Problem($"{at}.role", $"unknown role '{allowance.Role}': declare it under 'roles'");
            }
            if (allowance.Per.Seconds <= 0)
            {
                Problem($"{at}.per", "expected a period longer than zero");
            }
        }
        CheckBudgetsAndGrants(charter.Treasury, assets, roles, Problem);
        CheckStakeholders(charter.Stakeholders, roles, Problem);
        CheckChain(charter, Problem);
        return problems;
    }

    private static void CheckDecisionType(DecisionType type, HashSet<string> houseIds, HashSet<string> decisionIds, Action<string, string> problem)
    {
        var at = $"decision-types.{type.Id}";
        if (!Slug.IsValid(type.Id))
        {
            problem(at, $"'{type.Id}' is not a valid decision type name: expected lowercase letters, digits and hyphens");
        }
        if (!decisionIds.Add(type.Id))
        {
            problem(at, $"decision type '{type.Id}' is declared twice");
        }
        for (var i = 0; i < type.Proposers.Count; i++)
        {
            if (!houseIds.Contains(type.Proposers[i]))
            {
                problem($"{at}.proposers.{i}", $"unknown house '{type.Proposers[i]}': expected one of {Names(houseIds)}");
            }
        }
        if (type.Voting.Period.Seconds <= 0)
        {
            problem($"{at}.voting.period", "expected a voting period longer than zero");
        }
        CheckMethodSettings(type, at, problem);
        if (type.Houses.Count == 0)
        {
            problem($"{at}.houses", "expected at least one voting house");
        }
        var voting = new HashSet<string>();
        foreach (var rule in type.Houses)
        {
            if (!houseIds.Contains(rule.House))
            {
                problem($"{at}.houses.{rule.House}", $"unknown house '{rule.House}': expected one of {Names(houseIds)}");
            }
            voting.Add(rule.House);
        }
        if (type.Combine is CombineRule.Weighted weighted)
        {
            foreach (var (house, weight) in weighted.Weights)
            {
                if (!voting.Contains(house))
                {
                    problem($"{at}.combine.weighted.{house}", $"house '{house}' does not vote on '{type.Id}': expected one of {Names(voting)}");
                }
                if (weight <= 0)
                {
                    problem($"{at}.combine.weighted.{house}", "expected a positive whole-number weight");
                }
            }
            foreach (var house in voting.Where(h => !weighted.Weights.ContainsKey(h)))
            {
                problem($"{at}.combine.weighted", $"voting house '{house}' has no weight");
            }
        }
        if (type.Veto is { } veto && !houseIds.Contains(veto.House))
        {
            problem($"{at}.veto.house", $"unknown house '{veto.House}': expected one of {Names(houseIds)}");
        }
        if (type.Veto is not null && type.Timelock.Seconds == 0)
        {
            problem($"{at}.timelock", "a veto needs a timelock longer than zero: the timelock is the veto window");
        }
        for (var i = 0; i < type.Actions.Count; i++)
        {
            if (!ActionKinds.All.Contains(type.Actions[i]))
            {
                problem($"{at}.actions.{i}", $"unknown action '{type.Actions[i]}': expected one of {string.Join(", ", ActionKinds.All)}");
            }
        }
    }

    private static void CheckWeight(House house, Action<string, string> problem)
    {
        var at = $"houses.{house.Id}.weight";
        if (house.Weight != WeightRule.Reputation)
        {
            if (house.Reputation is not null)
            {
                problem(at, "earn and half-life belong to rule reputation only");
            }
            return;
        }
        if (house.Reputation is not { Earn.Count: > 0 } rule)
        {
            problem(at, "reputation needs 'earn', the events that earn points, e.g. { rule: reputation, earn: { ballot-cast: 1 }, half-life: 90d }");
            return;
        }
        foreach (var (name, points) in rule.Earn)
        {
            if (!ReputationEvents.All.Contains(name))
            {
                problem($"{at}.earn.{name}", $"unknown event '{name}': expected one of {string.Join(", ", ReputationEvents.All)}");
            }
            else if (points <= 0)
            {
                problem($"{at}.earn.{name}", "expected a positive whole number of points");
            }
        }
        if (rule.HalfLife is { Seconds: <= 0 })
        {
            problem($"{at}.half-life", "expected a half-life longer than zero (leave it out for points that never fade)");
        }
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));

    private static void CheckMethodSettings(DecisionType type, string at, Action<string, string> problem)
    {
        CheckMethod(type.Voting.Method, type.Voting.Settings, $"{at}.voting", type.Houses.Where(h => h.Method is null), at, problem);
        foreach (var rule in type.Houses.Where(h => h.Method is not null))
        {
            CheckMethod(rule.Method!.Name, rule.Method.Settings, $"{at}.houses.{rule.House}", [rule], at, problem);
        }
    }

    /// <param name="name">The method named.</param>
    /// <param name="settings">Its settings.</param>
    /// <param name="where">Path of the mapping holding <c>method</c> and the settings.</param>
    /// <param name="houses">The voting houses counting with it, whose thresholds must reach the method's least threshold.</param>
    /// <param name="at">Path of the decision type.</param>
    /// <param name="problem">Where problems go.</param>
    private static void CheckMethod(string name, Voting.MethodSettings settings, string where, IEnumerable<HouseVoteRule> houses, string at,
        Action<string, string> problem)
    {
        if (Voting.VotingMethods.Find(name) is not { } method)
        {
            problem($"{where}.method", $"unknown voting method '{name}': expected one of {string.Join(", ", Voting.VotingMethods.Names)}");
            return;
        }
        foreach (var (key, value) in settings.Values)
        {
            var parameter = method.Parameters.FirstOrDefault(p => p.Name == key);
            if (parameter is null)
            {
                problem($"{where}.{key}", method.Parameters.Count == 0
                    ? $"method '{method.Name}' takes no settings"
                    : $"method '{method.Name}' has no setting '{key}': expected one of {string.Join(", ", method.Parameters.Select(p => p.Name))}");
            }
            else if (parameter.Check(value) is { } expected)
            {
                problem($"{where}.{key}", $"'{value}' is not valid for {key}: expected {expected}");
            }
        }
        var least = method.LeastThreshold;
        foreach (var rule in houses.Where(r => (Int128)r.Threshold.Numerator * least.Denominator < (Int128)least.Numerator * r.Threshold.Denominator))
        {
            problem($"{at}.houses.{rule.House}.threshold",
                $"method '{method.Name}' needs a threshold of at least {least}, this one is {rule.Threshold}");
        }
    }
}
