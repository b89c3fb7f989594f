using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Engine.Views;

namespace Polity.Server.Apis;

/// <summary>The read models the API and the web pages share, built from one state snapshot.</summary>
public static class ReadModels
{
    /// <summary>Every house with its members and their weights.</summary>
    public static IReadOnlyList<HouseMembersView> Houses(NetworkState s) =>
        s.Charter.Charter.Houses.Select(h => new HouseMembersView(
            h.Id,
            h.Description,
            s.MembersOf(h.Id).Values.OrderBy(m => m.Since).ThenBy(m => m.Member.Value, StringComparer.Ordinal)
                .Select(m => new MemberView(m.Member, Views.Name(s, m.Member), s.WeightOf(h, m), m.Stake, m.Since))
                .ToList()))
            .ToList();

    /// <summary>Every registered stakeholder.</summary>
    public static IReadOnlyList<StakeholderView> Stakeholders(NetworkState s) =>
        s.Stakeholders.Values.OrderBy(x => x.Since).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Select(x => new StakeholderView(x.Address, x.Address.ToDid(), x.Name, x.Kind, x.Roles, s.HousesOf(x.Address).ToList()))
            .ToList();

    /// <summary>Proposals, newest first.</summary>
    public static IReadOnlyList<ProposalRowView> Proposals(NetworkState s) =>
        s.Proposals.Values.OrderByDescending(p => p.Id)
            .Select(p => new ProposalRowView(p.Id, p.DecisionTypeId, Core.Rules.Lifecycle.StatusOf(p, s.Now).ToString(), p.Title, Views.Name(s, p.Author)))
            .ToList();
}

/// <summary>A house and its members.</summary>
/// <param name="House">Id.</param>
/// <param name="Description">What the house stands for.</param>
/// <param name="Members">Members.</param>
public sealed record HouseMembersView(string House, string Description, IReadOnlyList<MemberView> Members);

/// <summary>A member of a house.</summary>
/// <param name="Address">Address.</param>
/// <param name="Name">Name.</param>
/// <param name="Weight">Voting weight now.</param>
/// <param name="Stake">Stake.</param>
/// <param name="Since">Joined (unix seconds).</param>
public sealed record MemberView(Address Address, string Name, long Weight, long Stake, long Since);

/// <summary>A registered stakeholder.</summary>
/// <param name="Address">Address.</param>
/// <param name="Did">did:pkh.</param>
/// <param name="Name">Name.</param>
/// <param name="Kind">Kind.</param>
/// <param name="Roles">Roles.</param>
/// <param name="Houses">Houses they belong to.</param>
public sealed record StakeholderView(Address Address, string Did, string Name, string Kind, IReadOnlyList<string> Roles, IReadOnlyList<string> Houses);

/// <summary>A proposal in a list.</summary>
/// <param name="Id">Number.</param>
/// <param name="Type">Decision type.</param>
/// <param name="Status">Status now.</param>
/// <param name="Title">Title.</param>
/// <param name="Author">Author's name.</param>
public sealed record ProposalRowView(long Id, string Type, string Status, string Title, string Author);
