using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.Util;
using Polity.Chain.Contracts;
using Polity.Ledger.Merkle;

namespace Polity.Chain;

public sealed partial class PolityChainClient
{
    /// <summary>
    /// The hash a batch must have for the log to approve it for one executor on one chain:
    /// <c>keccak256(abi.encode(chainId, executor, calls))</c>, as the contract's <c>batchHash</c> computes it.
    /// </summary>
    /// <param name="chainId">The chain's id.</param>
    /// <param name="executor">The executor's address.</param>
    /// <param name="calls">The calls.</param>
    /// <returns><c>0x</c> and 64 lowercase hex digits.</returns>
    public static string BatchHash(long chainId, string executor, IEnumerable<ChainCall> calls)
    {
        var preimage = new BatchPreimage { ChainId = chainId, Executor = executor, Calls = CallTuple.From(calls) }.GetCallData();
        return "0x" + Convert.ToHexStringLower(Sha3Keccack.Current.CalculateHash(preimage[4..]));
    }

    /// <summary>Queues an approved batch by proving its approval entry is in an anchored head. Anyone may.</summary>
    /// <param name="executor">The executor's address.</param>
    /// <param name="calls">The batch.</param>
    /// <param name="entry">The v1.chain-batch-approved entry's bytes.</param>
    /// <param name="proof">Its inclusion proof against an anchored tree size.</param>
    /// <returns>The transaction and the batch's id.</returns>
    public async Task<(ChainTx Tx, string Id)> QueueAsync(string executor, IReadOnlyList<ChainCall> calls, byte[] entry, InclusionProof proof)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(proof);
        var tx = await SendAsync(executor, new QueueFunction
        {
            Calls = CallTuple.From(calls),
            Entry = entry,
            LeafIndex = proof.LeafIndex,
            TreeSize = proof.TreeSize,
            Proof = proof.Path.Select(Convert.FromHexString).ToList(),
        }).ConfigureAwait(false);
        return (tx, "0x" + proof.LeafHash);
    }

    /// <summary>Vetoes a queued batch as the sender.</summary>
    /// <param name="executor">The executor's address.</param>
    /// <param name="id">The batch's id.</param>
    /// <returns>The transaction.</returns>
    public Task<ChainTx> VetoAsync(string executor, string id) => SendAsync(executor, new VetoFunction { Id = id.HexToByteArray() });

    /// <summary>Executes a queued batch whose timelock has passed. Anyone may.</summary>
    /// <param name="executor">The executor's address.</param>
    /// <param name="id">The batch's id.</param>
    /// <param name="calls">The batch.</param>
    /// <returns>The transaction.</returns>
    public Task<ChainTx> ExecuteAsync(string executor, string id, IReadOnlyList<ChainCall> calls) =>
        SendAsync(executor, new ExecuteFunction { Id = id.HexToByteArray(), Calls = CallTuple.From(calls) });

    /// <summary>Cancels a queued batch; only the executor itself or its Safe may, so the sender must be one of them.</summary>
    /// <param name="executor">The executor's address.</param>
    /// <param name="id">The batch's id.</param>
    /// <returns>The transaction.</returns>
    public Task<ChainTx> CancelAsync(string executor, string id) => SendAsync(executor, new CancelFunction { Id = id.HexToByteArray() });

    /// <summary>Reads a batch's on-chain record.</summary>
    /// <param name="executor">The executor's address.</param>
    /// <param name="id">The batch's id.</param>
    /// <returns>Its status.</returns>
    public async Task<BatchStatus> StatusAsync(string executor, string id)
    {
        var output = await _web3.Eth.GetContractQueryHandler<OperationsFunction>()
            .QueryDeserializingToObjectAsync<OperationOutput>(new OperationsFunction { Id = id.HexToByteArray() }, executor).ConfigureAwait(false);
        return new BatchStatus(id, "0x" + Convert.ToHexStringLower(output.Batch), (long)output.Eta, (BatchState)output.State);
    }

    /// <summary>The executor's own batch hash for calls, from the chain (to cross-check <see cref="BatchHash"/>).</summary>
    /// <param name="executor">The executor's address.</param>
    /// <param name="calls">The calls.</param>
    /// <returns><c>0x</c> and 64 hex digits.</returns>
    public async Task<string> BatchHashOnChainAsync(string executor, IReadOnlyList<ChainCall> calls)
    {
        var hash = await _web3.Eth.GetContractQueryHandler<BatchHashFunction>()
            .QueryAsync<byte[]>(executor, new BatchHashFunction { Calls = CallTuple.From(calls) }).ConfigureAwait(false);
        return "0x" + Convert.ToHexStringLower(hash);
    }

    /// <summary>Moves a development node's clock forward and mines a block (anvil, Hardhat: <c>evm_increaseTime</c>).</summary>
    /// <param name="seconds">How far.</param>
    /// <returns>A task.</returns>
    public async Task AdvanceTimeAsync(long seconds)
    {
        await _web3.Client.SendRequestAsync<object>("evm_increaseTime", null, seconds).ConfigureAwait(false);
        await _web3.Client.SendRequestAsync<object>("evm_mine").ConfigureAwait(false);
    }
}
