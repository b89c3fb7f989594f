using System.Numerics;
using Nethereum.Contracts;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Nethereum.Util;
using Nethereum.Web3;
using Nethereum.Web3.Accounts;
using Polity.Chain.Contracts;
using Polity.Ledger.Merkle;

namespace Polity.Chain;

/// <summary>
/// Talks to Polity's contracts on one EVM chain through Nethereum, signing with one account: deploys the
/// anchor and the executor, anchors signed tree heads, queues approved batches with their inclusion proofs,
/// vetoes, executes and reads their state. Reverts surface as <see cref="ChainRevertedException"/> naming
/// the contract's custom error.
/// </summary>
public sealed partial class PolityChainClient
{
    private readonly Web3 _web3;

    /// <summary>Connects to a node with a signing key.</summary>
    /// <param name="rpcUrl">The node's JSON-RPC URL.</param>
    /// <param name="privateKey">The sender's 32-byte key as hex.</param>
    /// <param name="chainId">The chain's id (EIP-155).</param>
    public PolityChainClient(Uri rpcUrl, string privateKey, long chainId)
    {
        ArgumentNullException.ThrowIfNull(rpcUrl);
        var account = new Account(privateKey, chainId);
        _web3 = new Web3(account, rpcUrl.ToString());
        Sender = account.Address.ToLowerInvariant();
        ChainId = chainId;
    }

    /// <summary>The sender's address.</summary>
    public string Sender { get; }

    /// <summary>The chain's id.</summary>
    public long ChainId { get; }

    /// <summary>The underlying Nethereum client (for balances, time travel in tests and the like).</summary>
    public IWeb3 Web3 => _web3;

    /// <summary>Deploys a PolityAnchor for a network.</summary>
    /// <param name="operatorAddress">The network's operator.</param>
    /// <param name="network">The network's short name.</param>
    /// <returns>The contract's address and the deployment transaction.</returns>
    public async Task<(string Address, ChainTx Tx)> DeployAnchorAsync(string operatorAddress, string network)
    {
        var receipt = await Guard(() => _web3.Eth.GetContractDeploymentHandler<AnchorDeployment>()
            .SendRequestAndWaitForReceiptAsync(new AnchorDeployment { Operator = operatorAddress, Network = network })).ConfigureAwait(false);
        return (receipt.ContractAddress.ToLowerInvariant(), Tx(receipt));
    }

    /// <summary>Deploys a PolityExecutor.</summary>
    /// <param name="settings">Anchor, mode, timelock and veto holders.</param>
    /// <returns>The contract's address and the deployment transaction.</returns>
    public async Task<(string Address, ChainTx Tx)> DeployExecutorAsync(ExecutorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var deployment = new ExecutorDeployment
        {
            Anchor = settings.Anchor,
            Avatar = settings.Avatar ?? AddressUtil.ZERO_ADDRESS,
            Delay = checked((ulong)settings.DelaySeconds),
            Grace = checked((ulong)settings.GraceSeconds),
            Thresholds = settings.Houses.Select(h => checked((byte)h.Threshold)).ToList(),
            Holders = settings.Houses.SelectMany(h => h.Holders).ToList(),
            HolderHouses = settings.Houses.SelectMany((h, i) => h.Holders.Select(_ => checked((byte)i))).ToList(),
        };
        var receipt = await Guard(() => _web3.Eth.GetContractDeploymentHandler<ExecutorDeployment>()
            .SendRequestAndWaitForReceiptAsync(deployment)).ConfigureAwait(false);
        return (receipt.ContractAddress.ToLowerInvariant(), Tx(receipt));
    }

    /// <summary>Deploys any embedded contract with no constructor arguments or with ABI-encoded ones (test doubles).</summary>
    /// <param name="artifact">The contract.</param>
    /// <param name="constructorArguments">The constructor's arguments in order.</param>
    /// <returns>The contract's address.</returns>
    public async Task<string> DeployAsync(ContractArtifact artifact, params object[] constructorArguments)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        var receipt = await Guard(() => _web3.Eth.DeployContract.SendRequestAndWaitForReceiptAsync(
            artifact.Abi, artifact.Bytecode, Sender, new Nethereum.Hex.HexTypes.HexBigInteger(5_000_000), null, constructorArguments)).ConfigureAwait(false);
        return receipt.ContractAddress.ToLowerInvariant();
    }

    /// <summary>Anchors a signed tree head, with the consistency proof from the latest anchored head.</summary>
    /// <param name="anchor">The anchor's address.</param>
    /// <param name="head">The operator-signed head.</param>
    /// <param name="consistency">The proof from the latest anchored size, or null for the first head.</param>
    /// <returns>The transaction.</returns>
    public async Task<ChainTx> AnchorAsync(string anchor, SignedTreeHead head, ConsistencyProof? consistency)
    {
        ArgumentNullException.ThrowIfNull(head);
        var message = new AnchorFunction
        {
            Size = checked((ulong)head.Head.Size),
            Root = Convert.FromHexString(head.Head.Root),
            Time = checked((ulong)head.Head.Time),
            Signature = head.Signature.HexToByteArray(),
            Consistency = consistency?.Path.Select(Convert.FromHexString).ToList() ?? [],
        };
        return await SendAsync(anchor, message).ConfigureAwait(false);
    }

    /// <summary>The latest anchored tree size (0 before the first head).</summary>
    /// <param name="anchor">The anchor's address.</param>
    /// <returns>The size.</returns>
    public async Task<long> LatestAnchoredSizeAsync(string anchor) =>
        (long)await _web3.Eth.GetContractQueryHandler<LatestSizeFunction>().QueryAsync<ulong>(anchor, new LatestSizeFunction()).ConfigureAwait(false);

    /// <summary>The root anchored for a size, as 64 hex digits, or null when none was.</summary>
    /// <param name="anchor">The anchor's address.</param>
    /// <param name="size">The tree size.</param>
    /// <returns>The root or null.</returns>
    public async Task<string?> AnchoredRootAsync(string anchor, long size)
    {
        var root = await _web3.Eth.GetContractQueryHandler<RootAtFunction>()
            .QueryAsync<byte[]>(anchor, new RootAtFunction { Size = size }).ConfigureAwait(false);
        return root.All(b => b == 0) ? null : Convert.ToHexStringLower(root);
    }

    private async Task<ChainTx> SendAsync<TFunction>(string contract, TFunction message)
        where TFunction : FunctionMessage, new()
    {
        var receipt = await Guard(() => _web3.Eth.GetContractTransactionHandler<TFunction>()
            .SendRequestAndWaitForReceiptAsync(contract, message)).ConfigureAwait(false);
        return Tx(receipt);
    }

    private static async Task<T> Guard<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (ChainErrors.From(e) is { } reverted)
        {
            throw reverted;
        }
    }

    private static ChainTx Tx(TransactionReceipt receipt) =>
        new(receipt.TransactionHash, (long)receipt.BlockNumber.Value, receipt.Status?.Value == BigInteger.One, (long)receipt.GasUsed.Value);
}
