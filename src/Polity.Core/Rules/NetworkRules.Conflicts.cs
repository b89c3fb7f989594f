using Polity.Core.Grants;
using Polity.Core.Primitives;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    /// <summary>Under a recuse rule, beneficiaries and those the map ties to a beneficiary may not vote.</summary>
    private static Rejection? CheckRecusal(Proposal p, Address voter)
    {
        var beneficiaries = p.Beneficiaries();
        if (beneficiaries.Contains(voter))
        {
            return Reject("recused", $"{voter} benefits from proposal {p.Id} and is recused under the charter's conflict-of-interest rule");
        }
        return p.ConflictsOf(voter, beneficiaries) is [var link, ..]
            ? Reject("recused", $"{link}, a beneficiary of proposal {p.Id}: recused under the charter's conflict-of-interest rule")
            : null;
    }

    /// <summary>
    /// A grant officer whom the map ties to an interested party of the grant (the charter's
    /// <c>stakeholders.conflict-of-interest</c> relationships, as they hold now) may not act on it.
    /// </summary>
    private static Rejection? CheckRelatedOfficer(NetworkState state, Grant grant, Address officer, string verb)
    {
        var interested = grant.Interested();
        var link = state.Map.ConflictsOf(state.Charter.Charter.Stakeholders, officer).FirstOrDefault(c => interested.Contains(c.Related));
        return link is null
            ? null
            : Reject("conflict-of-interest", $"{link}, who has an interest in grant {grant.Id}: {officer} may not {verb} it under the charter's conflict-of-interest rule");
    }
}
