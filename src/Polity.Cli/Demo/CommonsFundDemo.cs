using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Core.Voting;
using Polity.Engine;
using Polity.Engine.Keys;
using Polity.Engine.Proposals;
using Polity.Engine.Signing;
using Polity.Engine.Storage;
using Polity.Ledger;

namespace Polity.Cli.Demo;

/// <summary>
/// The worked example: the Commons Fund, a climate-resilience fund with three houses, carried through a
/// grant that executes after its timelock, a policy that fails quorum in one house, a charter amendment
/// that changes a later grant's rules, and a full verification. Every step goes through the same
/// engine path as the CLI, and the database and keys stay behind for exploring.
/// </summary>
public sealed partial class CommonsFundDemo
{
    /// <summary>The password of the demo's keystores.</summary>
    public const string KeyPassword = "demo-password";

    private readonly TextWriter _out;
    private readonly string _charterDir;
    private readonly Dictionary<string, IEventSigner> _signers = [];
    private PolityNetwork _network = null!;

    /// <summary>Creates the demo.</summary>
    public CommonsFundDemo(TextWriter output, string charterDir)
    {
        _out = output;
        _charterDir = charterDir;
    }

    private NetworkState State => _network.State;

    /// <summary>Runs the demo over a fresh log and key folder.</summary>
    public async Task RunAsync(IEventStore store, KeyRing keys, TimeProvider time)
    {
        _network = await PolityNetwork.OpenAsync(store, time);
        Step("Keys: one V3 keystore per stakeholder", $"password '{KeyPassword}', folder {keys.Folder}");
        foreach (var (key, _, _, _, _) in Cast)
        {
            _signers[key] = keys.Signer(keys.Import(key, EthKeys.NewPrivateKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes), KeyPassword, KeystoreStrength.Light).Name, () => KeyPassword);
        }
        _out.WriteLine($"  {Cast.Length} keys created");

        await FoundAsync();
        await GrantRoundAsync();
        await AttestationAsync();
        await PolicyAsync();
        await AmendmentAsync();
        await GrantUnderNewRulesAsync();
        await AllowanceAsync();
        await GrantWithMilestonesAsync();
        await EveryMethodAsync();
        await PbRoundAsync();
        await StakeholderMapAsync();
        await SimulationAsync();
        await OnChainAsync();

        Step("Verify", "replay the whole log from its bytes: hashes, signatures, every rule");
        var report = await LogVerifier.VerifyAsync(store);
        if (!report.Ok)
        {
            throw new InvalidOperationException($"verify failed at seq {report.Failure!.Seq}: {report.Failure.Message}");
        }
        _out.WriteLine($"  verify OK: {report.Verified} events, head {_network.Head.Hash}");
        _out.WriteLine();
        var polity = Environment.GetEnvironmentVariable("POLITY_LAUNCHER") ?? "polity";
        _out.WriteLine($"Explore it from this folder: {polity} network show | proposal list | proposal show 1 | member list | treasury show | log show | verify");
        _out.WriteLine($"Sign as any demo stakeholder with --as NAME and POLITY_PASSWORD={KeyPassword}.");
    }

    private Address Who(string key) => _signers[key].Address;

    private void Step(string title, string detail = "")
    {
        _out.WriteLine();
        _out.WriteLine($"== {title}{(detail.Length > 0 ? $" — {detail}" : "")}");
    }

    /// <summary>Appends an event the demo expects the rules to allow.</summary>
    private async Task<long> DoAsync(string who, PolityEvent e, string say)
    {
        var outcome = await _network.SubmitAsync(e, _signers[who]);
        if (outcome is AppendOutcome.Refused refused)
        {
            throw new InvalidOperationException($"demo step refused: {say}: {refused.Reason}");
        }
        var seq = ((AppendOutcome.Appended)outcome).Seq;
        _out.WriteLine($"  #{seq,-4} {say}");
        return seq;
    }

    /// <summary>Submits an event the demo expects the rules to refuse, and shows why.</summary>
    private async Task RefusedAsync(string who, PolityEvent e, string say)
    {
        var outcome = await _network.SubmitAsync(e, _signers[who]);
        if (outcome is not AppendOutcome.Refused refused)
        {
            throw new InvalidOperationException($"demo expected a refusal: {say}");
        }
        _out.WriteLine($"  refused {say}: {refused.Reason.Message}");
    }

    private Task<long> AdvanceAsync(string by) =>
        DoAsync("convener", new ClockAdvanced(Duration.Parse(by).Seconds), $"clock advanced {by} → {Views.Time(State.Now + Duration.Parse(by).Seconds)}");

    private async Task VoteAsync(long proposal, params (string Who, string[] Choices)[] ballots)
    {
        foreach (var (who, choices) in ballots)
        {
            await DoAsync(who, new BallotCast(proposal, choices), $"{Name(who)} votes {string.Join(" + ", choices)}");
        }
    }

    private string Name(string key) => Cast.First(c => c.Key == key).Name;

    private void ShowTally(long proposal)
    {
        var p = State.Proposals[proposal];
        Views.WriteTally(_out, State, Tallying.Tally(p, State.Now));
    }

    private void ShowStatus(long proposal) =>
        _out.WriteLine($"  proposal {proposal} is {Lifecycle.StatusOf(State.Proposals[proposal], State.Now)}");

    private async Task QueueAsync(string who, long proposal)
    {
        var p = State.Proposals[proposal];
        var queued = Lifecycle.QueueEvent(p, State.Now);
        await DoAsync(who, queued, $"{Name(who)} queues proposal {proposal} (passed: {string.Join(", ", queued.Passed)}); timelock {p.Rules!.Timelock}");
    }
}
