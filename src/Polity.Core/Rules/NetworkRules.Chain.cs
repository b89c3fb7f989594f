using System.Buffers;
using Polity.Core.Events;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    private static Rejection? CheckChainBatch(ProposalAction.ChainBatch chain)
    {
        if (!IsHex(chain.Batch, 64))
        {
            return Reject("bad-batch", $"a chain batch hash is 0x and 64 lowercase hex digits, not '{chain.Batch}'");
        }
        if (chain.Calls.Count == 0)
        {
            return Reject("empty-batch", "a chain batch needs at least one call");
        }
        foreach (var call in chain.Calls)
        {
            if (!IsHex(call.Target, 40))
            {
                return Reject("bad-call", $"a call's target is 0x and 40 lowercase hex digits, not '{call.Target}'");
            }
            if (call.Value.Length is 0 or > 78 || !call.Value.All(char.IsAsciiDigit) || (call.Value.Length > 1 && call.Value[0] == '0'))
            {
                return Reject("bad-call", $"a call's value is wei in decimal digits, not '{call.Value}'");
            }
            if (!IsHex(call.Data, null))
            {
                return Reject("bad-call", $"a call's data is 0x and whole bytes of lowercase hex, not '{call.Data}'");
            }
        }
        return null;
    }

    private static Rejection? CheckChainBatchApproved(NetworkState state, ChainBatchApproved approved)
    {
        if (FindProposal(state, approved.Proposal, out var p) is { } missing)
        {
            return missing;
        }
        if (p.ExecutedAt is null)
        {
            return Reject("not-executed", $"proposal {p.Id} has not executed: only an executed proposal approves a chain batch");
        }
        if (!p.Passed.Contains(approved.Option))
        {
            return Reject("not-passed", $"option '{approved.Option}' of proposal {p.Id} did not pass");
        }
        var carried = p.ActionsOf([approved.Option]).OfType<ProposalAction.ChainBatch>().Any(c => c.Batch == approved.Batch);
        if (!carried)
        {
            return Reject("unknown-batch", $"option '{approved.Option}' of proposal {p.Id} carries no chain batch {approved.Batch}");
        }
        return state.ChainBatches.ContainsKey(approved.Batch)
            ? Reject("already-approved", $"chain batch {approved.Batch} is already approved")
            : null;
    }

    private static Rejection? CheckChainReceipt(NetworkState state, ChainReceipt receipt)
    {
        if (!state.ChainBatches.ContainsKey(receipt.Batch))
        {
            return Reject("unknown-batch", $"no approved chain batch {receipt.Batch}");
        }
        if (!ChainSteps.All.Contains(receipt.Step))
        {
            return Reject("bad-step", $"a receipt's step is one of {string.Join(", ", ChainSteps.All)}, not '{receipt.Step}'");
        }
        if (!IsHex(receipt.Tx, 64) || receipt.ChainId <= 0 || receipt.Block < 0)
        {
            return Reject("bad-receipt", "a receipt names a positive chain id, a block and a 0x transaction hash of 64 lowercase hex digits");
        }
        return null;
    }

    /// <summary>True for <c>0x</c> followed by lowercase hex: exactly <paramref name="digits"/> of them, or any even number when null.</summary>
    private static bool IsHex(string? s, int? digits) =>
        s is not null && s.StartsWith("0x", StringComparison.Ordinal)
        && (digits is { } n ? s.Length == n + 2 : s.Length % 2 == 0)
        && !s.AsSpan(2).ContainsAnyExcept(LowerHex);
}
