using Polity.Core.Charters;
using static Polity.Engine.Charters.CharterVocabulary;

namespace Polity.Engine.Charters;

internal sealed partial class CharterReader
{
    /// <summary>
    /// <c>stakeholders: { relationship-types: [ { name: mentors, inverse: mentored-by } ], conflict-of-interest: [employs, funded-by], objective-stewards: stewards }</c>.
    /// A type without an inverse reads the same both ways.
    /// </summary>
    private StakeholderRules ReadStakeholders(YNode? node)
    {
        const string path = "stakeholders";
        if (node is null)
        {
            return StakeholderRules.Empty;
        }
        var map = Map(node, path, StakeholderKeys, [], nullIsEmpty: true);
        var types = new List<RelationshipType>();
        foreach (var (item, at) in Items(map.Find("relationship-types"), Paths.Child(path, "relationship-types"),
                     "a list of { name: mentors, inverse: mentored-by, description: … }"))
        {
            var type = Map(item, at, RelationshipTypeKeys, ["name"]);
            var name = Text(type.Find("name"), Paths.Child(at, "name"), "a relationship name such as mentors");
            types.Add(new RelationshipType(
                name,
                type.Find("inverse") is { } inverse ? Text(inverse, Paths.Child(at, "inverse"), "the name read backwards, such as mentored-by") : name,
                type.Find("description") is { } d ? Text(d, Paths.Child(at, "description"), "free text") : ""));
        }
        return new StakeholderRules(
            types,
            Names(map.Find("conflict-of-interest"), Paths.Child(path, "conflict-of-interest"), "relationship names such as employs or funded-by"),
            map.Find("objective-stewards") is { } stewards ? Text(stewards, Paths.Child(path, "objective-stewards"), "a role name from 'roles'") : null);
    }
}
