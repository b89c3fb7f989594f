using Polity.Core.Events;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    /// <summary>A transfer as a proposal carries it: a valid amount, and a declared budget in the same asset when it names one.</summary>
    private static Rejection? CheckTransfer(NetworkState state, ProposalAction.Transfer transfer) =>
        CheckAmount(state, transfer.Asset, transfer.Amount)
        ?? (transfer.From is { } program ? CheckBudget(state, program, transfer.Asset) : null);

    /// <summary>Treasury actions a proposal may carry, checked when it is drafted or amended.</summary>
    private static Rejection? CheckTreasuryAction(NetworkState state, ProposalAction action) => action switch
    {
        ProposalAction.AllocateBudget allocate => CheckAllocation(state, allocate),
        ProposalAction.AwardGrant award => CheckAward(state, award),
        ProposalAction.OpenRound open => CheckOpenRound(state, open.Round),
        ProposalAction.ReturnFunds back => CheckReturn(state, back),
        ProposalAction.CancelGrant cancel => CheckCancel(state, cancel),
        _ => null,
    };

    /// <summary>What must still hold when a treasury action executes: the rules above, against today's state, and the money.</summary>
    private static Rejection? CheckTreasuryActionAtExecution(NetworkState state, ProposalAction action) => action switch
    {
        ProposalAction.Transfer transfer => CheckTransfer(state, transfer) ?? CheckFunds(state, Account.BudgetOrTreasury(transfer.From), transfer.Asset, transfer.Amount),
        ProposalAction.AllocateBudget allocate => CheckAllocation(state, allocate) ?? CheckFunds(state, Account.Treasury, allocate.Asset, allocate.Amount),
        ProposalAction.AwardGrant award => GrantAwards.Check(state, award),
        ProposalAction.OpenRound open => CheckOpenRoundAtExecution(state, open.Round),
        ProposalAction.ReturnFunds back => CheckReturnAtExecution(state, back),
        ProposalAction.CancelGrant cancel => CheckCancel(state, cancel),
        _ => null,
    };

    private static Rejection? CheckAllocation(NetworkState state, ProposalAction.AllocateBudget allocate)
    {
        if ((CheckAmount(state, allocate.Asset, allocate.Amount) ?? CheckBudget(state, allocate.Budget, allocate.Asset)) is { } bad)
        {
            return bad;
        }
        var budget = state.Charter.Charter.Treasury.FindBudget(allocate.Budget)!;
        var allocated = state.BudgetAllocations.GetValueOrDefault(allocate.Budget);
        return budget.Cap is { } cap && allocated + allocate.Amount > cap
            ? Reject("over-cap",
                $"budget '{budget.Program}' is capped at {FormatAmount(state, budget.Asset, cap)} in total and has had {FormatAmount(state, budget.Asset, allocated)}; " +
                $"{FormatAmount(state, budget.Asset, allocate.Amount)} more would exceed it")
            : null;
    }

    /// <summary>An award checked as at execution: the award's own rules and the money in its source.</summary>
    internal static Rejection? CheckAwardNow(NetworkState state, ProposalAction.AwardGrant award) =>
        CheckAward(state, award) ?? CheckFunds(state, SourceOf(award), award.Asset, award.Amount);
}
