using Polity.Core.Primitives;

namespace Polity.Core.Charters;

internal static partial class CharterValidation
{
    /// <summary>Custom relationship types have fresh, valid names; conflict entries and the stewards' role exist.</summary>
    private static void CheckStakeholders(StakeholderRules rules, HashSet<string> roles, Action<string, string> problem)
    {
        var taken = RelationshipTypes.BuiltIn.SelectMany(t => new[] { t.Name, t.Inverse }).ToHashSet();
        for (var i = 0; i < rules.RelationshipTypes.Count; i++)
        {
            var type = rules.RelationshipTypes[i];
            var at = $"stakeholders.relationship-types.{i}";
            foreach (var (key, name) in type.Symmetric ? [("name", type.Name)] : new[] { ("name", type.Name), ("inverse", type.Inverse) })
            {
                if (!Slug.IsValid(name))
                {
                    problem($"{at}.{key}", $"'{name}' is not a valid relationship name: expected lowercase letters, digits and hyphens");
                }
                else if (!taken.Add(name))
                {
                    problem($"{at}.{key}", $"relationship name '{name}' is already taken{(IsBuiltIn(name) ? " by a built-in type" : "")}: each name and inverse must be new");
                }
            }
        }
        var known = rules.Names.ToList();
        for (var i = 0; i < rules.ConflictOfInterest.Count; i++)
        {
            var name = rules.ConflictOfInterest[i];
            if (rules.Resolve(name) is null)
            {
                problem($"stakeholders.conflict-of-interest.{i}", $"unknown relationship '{name}': expected one of {string.Join(", ", known)}");
            }
        }
        if (rules.ObjectiveStewards is { } stewards && !roles.Contains(stewards))
        {
            problem("stakeholders.objective-stewards", $"unknown role '{stewards}': declare it under 'roles'");
        }
    }

    private static bool IsBuiltIn(string name) => RelationshipTypes.BuiltIn.Any(t => t.Name == name || t.Inverse == name);
}
