using Polity.Core.Charters;
using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Map;

/// <summary>The Given/When/Then harness with a charter that has a custom relationship type and relationship conflicts.</summary>
public abstract class MapSpec : NetworkSpec
{
    /// <summary>The test charter plus <c>mentors/mentored-by</c>, conflicts from <c>employs</c> and <c>funded-by</c>, and stewards keeping objectives.</summary>
    protected static Charter MapCharter(Charter? charter = null, params string[] conflicts) => (charter ?? TestCharter.Create()) with
    {
        Roles = ["stewards", "reviewers", "treasurers"],
        Stakeholders = new StakeholderRules([new RelationshipType("mentors", "mentored-by")], conflicts.Length > 0 ? conflicts : ["employs", "funded-by"], "stewards"),
    };

    protected void GivenMapNetwork(Charter? charter = null, params string[] conflicts) =>
        GivenNetwork(MapCharter(charter, conflicts), officers: [("r1", "reviewers"), ("r2", "reviewers"), ("t", "treasurers")]);

    protected static RelationshipDeclared Relate(string from, string type, string to, long since = 1_700_000_000, string evidence = "") =>
        new(type, PartyOf(from), PartyOf(to), since, evidence);

    /// <summary>Names of test stakeholders become their addresses; house ids stay as they are.</summary>
    protected static string PartyOf(string name) => name is "funders" or "grantees" or "community" or "open-circle" or "nowhere" ? name : A(name).Value;

    protected static ObjectiveSet Objective(string id = "river-sites", long baseline = 2, long target = 12, long deadline = 1_900_000_000) =>
        new(id, "Monitor the river", "river sites sampled monthly", "sites", baseline, target, deadline, "");

    protected static Address[] Addresses(params string[] names) => [.. names.Select(A)];
}
