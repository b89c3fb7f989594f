using System.Numerics;
using System.Text;
using Nethereum.Contracts;
using Nethereum.EVM;
using Nethereum.EVM.BlockchainState;
using Nethereum.Hex.HexConvertors.Extensions;
using Nethereum.RPC.Eth.DTOs;
using Polity.Ledger;
using Polity.Ledger.Merkle;

namespace Polity.Chain.Tests;

/// <summary>
/// The contracts' pure parts run in Nethereum's in-process EVM, with no node: each call gets a fresh
/// <see cref="ExecutionStateService"/> (one per transaction, as gas accounting needs).
/// </summary>
public sealed class InProcessEvmTests
{
    private const string Contract = "0x00000000000000000000000000000000000000c0";
    private const string Caller = "0x00000000000000000000000000000000000000ca";

    [Fact]
    public async Task The_anchor_computes_the_same_EIP712_head_digest_as_the_log()
    {
        var anchor = await DeployAsync(ContractArtifact.PolityAnchor, new Contracts.AnchorDeployment { Operator = TestLog.OperatorAddress, Network = TestLog.Network });
        var head = new TreeHead(97, Hashing.ToHex(SHA256Of("root")), 1_800_313_525);

        var digest = await CallAsync(anchor, new HeadDigest { Size = 97, Root = Convert.FromHexString(head.Root), Time = 1_800_313_525 }.GetCallData());

        digest.Program.ProgramResult.IsRevert.ShouldBeFalse();
        digest.Program.ProgramResult.Result.ShouldBe(TreeHeadSigning.Digest(TestLog.Network, head));
    }

    [Fact]
    public async Task The_executor_reads_the_batch_hash_from_an_approval_entry_and_refuses_any_other_shape()
    {
        var executor = await DeployAsync(ContractArtifact.PolityExecutor, new Contracts.ExecutorDeployment { Anchor = Contract, Avatar = "0x0000000000000000000000000000000000000000", Delay = 1, Grace = 1 });
        var log = new TestLog();
        var batch = "0x" + Hashing.ToHex(SHA256Of("batch"));
        var approval = log.Entry(log.Approve(batch));
        var comment = log.Entry(log.Append("v1.comment-posted", $"{{\"batch\":\"{batch}\",\"proposal\":1}}"));

        var read = await CallAsync(executor, new ApprovedBatch { Entry = approval }.GetCallData());
        var refused = await CallAsync(executor, new ApprovedBatch { Entry = comment }.GetCallData());
        var upper = await CallAsync(executor, new ApprovedBatch { Entry = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(approval).Replace(batch, batch.ToUpperInvariant().Replace("0X", "0x"), StringComparison.Ordinal)) }.GetCallData());

        read.Program.ProgramResult.Result.ToHex(true).ShouldBe(batch);
        refused.Program.ProgramResult.IsRevert.ShouldBeTrue();
        ChainErrors.Name(refused.Program.ProgramResult.Result.ToHex(true)).ShouldBe("NotBatchApproval");
        upper.Program.ProgramResult.IsRevert.ShouldBeTrue();
        read.GasUsed.ShouldBeInRange(BigInteger.One, new BigInteger(100_000)); // the shape check and hex decoding stay cheap
    }

    private static byte[] SHA256Of(string text) => System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(text));

    /// <summary>Runs the constructor in a fresh state and returns the runtime code it leaves.</summary>
    private static async Task<byte[]> DeployAsync(ContractArtifact artifact, Nethereum.Contracts.ContractDeploymentMessage deployment)
    {
        var code = artifact.Bytecode.HexToByteArray().Concat(ConstructorArguments(deployment)).ToArray();
        var state = new ExecutionStateService(new EmptyNode());
        var context = new ProgramContext(new CallInput { From = Caller, To = Contract, Data = "0x", Gas = new(10_000_000), Value = new(0) }, state, Caller, Contract, 1, 1_800_000_000, Caller, 0, false);
        var program = await new EVMSimulator().ExecuteWithCallStackAsync(new Program(code, context), 0, 0, false);
        program.ProgramResult.IsRevert.ShouldBeFalse();
        return program.ProgramResult.Result;
    }

    /// <summary>Calls runtime code at <see cref="Contract"/> in a fresh state.</summary>
    private static async Task<(Program Program, BigInteger GasUsed)> CallAsync(byte[] runtime, byte[] callData)
    {
        var state = new ExecutionStateService(new EmptyNode());
        state.SaveCode(Contract, runtime);
        var context = new ProgramContext(new CallInput { From = Caller, To = Contract, Data = callData.ToHex(true), Gas = new(10_000_000), Value = new(0) }, state, Caller, Contract, 1, 1_800_000_000, Caller, 0, false);
        var program = await new EVMSimulator().ExecuteWithCallStackAsync(new Program(runtime, context), 0, 0, false);
        return (program, program.TotalGasUsed);
    }

    private static byte[] ConstructorArguments(Nethereum.Contracts.ContractDeploymentMessage deployment)
    {
        var encoder = new Nethereum.ABI.FunctionEncoding.ParametersEncoder();
        return encoder.EncodeParametersFromTypeAttributes(deployment.GetType(), deployment);
    }

    [Nethereum.ABI.FunctionEncoding.Attributes.Function("headDigest", "bytes32")]
    private sealed class HeadDigest : Nethereum.Contracts.FunctionMessage
    {
        [Nethereum.ABI.FunctionEncoding.Attributes.Parameter("uint64", "size", 1)]
        public ulong Size { get; set; }

        [Nethereum.ABI.FunctionEncoding.Attributes.Parameter("bytes32", "root", 2)]
        public byte[] Root { get; set; } = [];

        [Nethereum.ABI.FunctionEncoding.Attributes.Parameter("uint64", "time", 3)]
        public ulong Time { get; set; }
    }

    [Nethereum.ABI.FunctionEncoding.Attributes.Function("approvedBatch", "bytes32")]
    private sealed class ApprovedBatch : Nethereum.Contracts.FunctionMessage
    {
        [Nethereum.ABI.FunctionEncoding.Attributes.Parameter("bytes", "entry", 1)]
        public byte[] Entry { get; set; } = [];
    }

    /// <summary>A chain with nothing on it: every account empty.</summary>
    private sealed class EmptyNode : INodeDataService
    {
        public Task<BigInteger> GetBalanceAsync(byte[] address) => Task.FromResult(BigInteger.Zero);

        public Task<BigInteger> GetBalanceAsync(string address) => Task.FromResult(BigInteger.Zero);

        public Task<byte[]> GetBlockHashAsync(BigInteger blockNumber) => Task.FromResult(new byte[32]);

        public Task<byte[]> GetCodeAsync(byte[] address) => Task.FromResult(Array.Empty<byte>());

        public Task<byte[]> GetCodeAsync(string address) => Task.FromResult(Array.Empty<byte>());

        public Task<byte[]> GetStorageAtAsync(byte[] address, BigInteger position) => Task.FromResult(new byte[32]);

        public Task<byte[]> GetStorageAtAsync(string address, BigInteger position) => Task.FromResult(new byte[32]);

        public Task<BigInteger> GetTransactionCount(byte[] address) => Task.FromResult(BigInteger.Zero);

        public Task<BigInteger> GetTransactionCount(string address) => Task.FromResult(BigInteger.Zero);
    }
}
