namespace Polity.Core.Events;

/// <summary>One choice on a ballot and what executes if it passes.</summary>
/// <param name="Name">Short name voters pick (<c>for</c>, <c>river-sensors</c>…).</param>
/// <param name="Actions">Actions executed when this option passes.</param>
public sealed record ProposalOption(string Name, IReadOnlyList<ProposalAction> Actions)
{
    /// <summary>The option name that counts towards quorum only.</summary>
    public const string Abstain = "abstain";

    /// <summary>The option name that rejects; it never executes anything.</summary>
    public const string Against = "against";

    /// <summary>The usual yes option.</summary>
    public const string For = "for";

    /// <summary>True for <c>abstain</c> and <c>against</c>, which never pass.</summary>
    public bool IsReserved => Name is Abstain or Against;

    /// <summary>The default yes/no/abstain options, with the given actions on <c>for</c>.</summary>
    public static IReadOnlyList<ProposalOption> YesNo(IReadOnlyList<ProposalAction> actions) =>
        [new(For, actions), new(Against, []), new(Abstain, [])];
}
