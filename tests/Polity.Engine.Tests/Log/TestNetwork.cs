using System.Security.Cryptography;
using System.Text;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Engine.Proposals;
using Polity.Engine.Signing;
using Polity.Engine.Storage;
using Polity.Engine.Tests.Charters;

namespace Polity.Engine.Tests.Log;

/// <summary>
/// A real network on a temporary SQLite file, founded from the example charter on a simulated clock, with
/// deterministic keys: an operator, three funders, four grantees, five community members.
/// </summary>
public sealed class TestNetwork : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("polity-engine-").FullName;

    private TestNetwork() { }

    public string DbPath => Path.Combine(_dir, "polity.db");

    public IEventStore Store { get; private set; } = null!;

    public PolityNetwork Network { get; private set; } = null!;

    public Dictionary<string, KeySigner> Keys { get; } = [];

    public static readonly string[] Community = ["c1", "c2", "c3", "c4", "c5"];

    public static KeySigner KeyOf(string name) => new(SHA256.HashData(Encoding.UTF8.GetBytes("polity-test-key:" + name)));

    public Address Who(string name) => Keys[name].Address;

    public static async Task<TestNetwork> FoundAsync() => await FoundAsync(null);

    /// <summary>Founds the network on <paramref name="store"/> (which it then owns), or on a temporary SQLite file.</summary>
    public static async Task<TestNetwork> FoundAsync(IEventStore? store)
    {
        var t = new TestNetwork();
        t.Store = store ?? await SqliteEventStore.OpenAsync(t.DbPath);
        t.Network = await PolityNetwork.OpenAsync(t.Store, TimeProvider.System);
        foreach (var name in new[] { "operator", "f1", "f2", "f3", "g1", "g2", "g3", "g4" }.Concat(Community))
        {
            t.Keys[name] = KeyOf(name);
        }
        var charter = ProposalFile.LoadCharter(Path.Combine(CharterFiles.RepositoryRoot, "examples/charters/commons-fund.yaml"));
        await t.OkAsync("operator", new NetworkCreated("commons-fund", ClockMode.Simulated, charter));
        foreach (var (name, house, stake) in new[] { ("f1", "funders", 60L), ("f2", "funders", 30L), ("f3", "funders", 10L) }
                     .Concat(new[] { "g1", "g2", "g3", "g4" }.Select(g => (g, "grantees", 0L)))
                     .Concat(Community.Select(c => (c, "community", 0L))))
        {
            await t.OkAsync("operator", new StakeholderRegistered(t.Who(name), name.ToUpperInvariant(), "person", []));
            await t.OkAsync("operator", new MemberAdmitted(house, t.Who(name), stake));
        }
        await t.OkAsync("operator", new NetworkLaunched());
        await t.OkAsync("f1", new FundsDeposited("EUR", 10_000_000, "pool"));
        return t;
    }

    public async Task<long> OkAsync(string who, PolityEvent e)
    {
        var outcome = await Network.SubmitAsync(e, Keys[who]);
        return outcome.ShouldBeOfType<AppendOutcome.Appended>($"{e.GetType().Name} by {who} was refused: {(outcome as AppendOutcome.Refused)?.Reason}").Seq;
    }

    public async Task<string> RefusedAsync(string who, PolityEvent e)
    {
        var head = Network.Head;
        var outcome = await Network.SubmitAsync(e, Keys[who]);
        (await Store.HeadAsync()).ShouldBe(head, "a refused event must write nothing");
        return outcome.ShouldBeOfType<AppendOutcome.Refused>().Reason.Code;
    }

    /// <summary>A yes/no grant by g1 paying g2, submitted and moved into voting.</summary>
    public async Task<long> GrantInVotingAsync(long amount = 100_000)
    {
        await OkAsync("g1", new ProposalCreated("grant", "Grant", "", ProposalOption.YesNo([new ProposalAction.Transfer("EUR", amount, Who("g2"), "")]), []));
        var id = Network.State.Proposals.Count;
        await OkAsync("g1", new ProposalSubmitted(id));
        await OkAsync("operator", new ClockAdvanced(Duration.FromDays(7).Seconds));
        return id;
    }

    public async ValueTask DisposeAsync()
    {
        Network.Dispose();
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
