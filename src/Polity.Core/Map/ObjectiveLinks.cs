using Polity.Core.Grants;
using Polity.Core.State;

namespace Polity.Core.Map;

/// <summary>
/// What serves each objective: proposals that name it, grants whose stated objectives include its id
/// (an application's objectives are free text; those equal to an objective's id link to it), and the
/// stakeholders whose profiles pursue it.
/// </summary>
public static class ObjectiveLinks
{
    /// <summary>Proposals naming the objective, by number.</summary>
    public static IReadOnlyList<Proposal> Proposals(NetworkState state, string objective) =>
        state.Proposals.Values.Where(p => p.Objectives.Contains(objective)).OrderBy(p => p.Id).ToList();

    /// <summary>Grants whose stated objectives include the objective's id, by number.</summary>
    public static IReadOnlyList<Grant> Grants(NetworkState state, string objective) =>
        state.Grants.Values.Where(g => g.Objectives.Contains(objective)).OrderBy(g => g.Id).ToList();

    /// <summary>The objective ids a grant serves: its stated objectives that name one of the network's objectives.</summary>
    public static IReadOnlyList<string> Of(NetworkState state, Grant grant) =>
        grant.Objectives.Where(state.Objectives.ContainsKey).Distinct().ToList();
}
