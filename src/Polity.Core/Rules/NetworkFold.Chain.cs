using Polity.Core.Events;
using Polity.Core.State;

namespace Polity.Core.Rules;

public static partial class NetworkFold
{
    private static NetworkState ApproveChainBatch(NetworkState s, ChainBatchApproved e, EventContext ctx) => s with
    {
        ChainBatches = s.ChainBatches.Add(e.Batch, new ChainBatchRecord(e.Batch, e.Proposal, e.Option, ctx.Seq, ctx.Time)),
    };

    private static NetworkState RecordChainReceipt(NetworkState s, ChainReceipt e) => s with
    {
        ChainBatches = s.ChainBatches.SetItem(e.Batch, s.ChainBatches[e.Batch] with { Receipts = s.ChainBatches[e.Batch].Receipts.Add(e) }),
    };
}
