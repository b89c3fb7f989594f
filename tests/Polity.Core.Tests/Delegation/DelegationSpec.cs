using Polity.Core.Events;
using Polity.Core.Voting;

namespace Polity.Core.Tests.Delegation;

/// <summary>Helpers for delegation specs: shares written as (delegate, numerator, denominator).</summary>
public abstract class DelegationSpec : NetworkSpec
{
    protected static DelegationSet Delegate(string house, string? type, params (string To, long N, long D)[] shares) =>
        new(house, shares.Select(s => new DelegateShare(A(s.To), s.N, s.D)).ToList(), type);

    protected static DelegationSet Delegate(string house, string to) => Delegate(house, null, (to, 1, 1));

    /// <summary>A policy proposal by c1, submitted, in voting (all three houses vote on policy).</summary>
    protected long PolicyInVoting()
    {
        Given(A("c1"), new ProposalCreated("policy", "P", "", ProposalOption.YesNo([]), []));
        var id = State.Proposals.Count;
        Given(A("c1"), new ProposalSubmitted(id));
        Advance(3 * Day);
        return id;
    }

    protected HouseTally House(long proposal, string house) => Tally(proposal).Houses.Single(h => h.House == house);

    protected static Primitives.Fraction Support(HouseTally house, string option) => house.Options.Single(o => o.Option == option).Weight;

    /// <summary>The delegated paths as <c>from>via>to=weight</c> with names, for compact assertions.</summary>
    protected static string[] Paths(HouseTally house, params string[] names)
    {
        string Name(Primitives.Address a) => names.FirstOrDefault(n => A(n) == a) ?? a.Value;
        return house.Delegated.Select(d => string.Join(">", d.Path.Select(Name).Prepend(Name(d.From)).Append(Name(d.To))) + "=" + d.Weight)
            .Order(StringComparer.Ordinal).ToArray();
    }
}
