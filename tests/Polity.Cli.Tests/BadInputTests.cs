using System.Text.Json;

namespace Polity.Cli.Tests;

/// <summary>Bad input gets a one-line reason and writes nothing; each case drives the real binary.</summary>
public sealed class BadInputTests : IAsyncLifetime, IDisposable
{
    private readonly PolityProcess _p = new();

    private static string Example => PolityProcess.ExampleCharter;

    public async ValueTask InitializeAsync() => await _p.FoundSmallNetworkAsync(Example);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public void Dispose() => _p.Dispose();

    private async Task<long> EventsAsync() =>
        JsonDocument.Parse((await _p.ExpectAsync(0, "network", "show", "--json")).Out).RootElement.GetProperty("events").GetInt64();

    /// <summary>Runs a command that must be refused with <paramref name="exit"/>, print a one-line reason, and write nothing.</summary>
    private async Task<string> RefusedAsync(int exit, string reason, params string[] args)
    {
        var before = await EventsAsync();
        var r = await _p.ExpectAsync(exit, args);
        r.Err.Trim().ShouldContain(reason);
        r.Err.Trim().Split('\n').Length.ShouldBe(1, r.Err);
        (await EventsAsync()).ShouldBe(before);
        return r.Err;
    }

    [Fact]
    public async Task An_invalid_charter_is_refused_with_file_line_and_column_and_creates_no_network()
    {
        var bad = _p.Path("bad.yaml");
        await File.WriteAllTextAsync(bad, (await File.ReadAllTextAsync(Example)).Replace("quorum: 20%", "quorom: 20%", StringComparison.Ordinal));
        var check = await _p.ExpectAsync(2, "charter", "check", bad);
        check.Err.ShouldContain("bad.yaml:");
        check.Err.ShouldMatch(@"bad\.yaml:\d+:\d+: unknown key 'quorom'");
        var init = await _p.ExpectAsync(2, "init", "--charter", bad, "--as", "op", "--db", _p.Path("other.db"));
        init.Err.ShouldMatch(@"bad\.yaml:\d+:\d+:");
        File.Exists(_p.Path("other.db")).ShouldBeFalse();
        (await _p.ExpectAsync(0, "charter", "check", Example)).Out.ShouldContain("ok");
    }

    [Fact]
    public async Task An_unknown_member_is_refused() =>
        await RefusedAsync(1, "not registered", "member", "admit", "--house", "community", "--member", "0x00000000000000000000000000000000000000aa", "--as", "alice");

    [Fact]
    public async Task Votes_outside_the_window_by_non_members_by_the_recused_and_twice_are_refused()
    {
        var file = _p.Path("grant.yaml");
        await File.WriteAllTextAsync(file, """
            type: grant
            title: Tools for the seed library
            actions:
              - transfer: { asset: EUR, amount: "1200.50", to: alice, memo: tools }
            """);
        await _p.ExpectAsync(0, "proposal", "create", "--file", file, "--as", "bob");
        await RefusedAsync(2, "--file holds the whole proposal", "proposal", "create", "--file", file, "--title", "x", "--as", "bob");
        await RefusedAsync(1, "(not-author)", "proposal", "amend", "1", "--title", "Mine now", "--as", "alice");
        await _p.ExpectAsync(0, "proposal", "amend", "1", "--title", "Tools and seeds", "--reason", "broader", "--as", "bob");
        JsonDocument.Parse((await _p.ExpectAsync(0, "proposal", "show", "1", "--json")).Out).RootElement.GetProperty("title").GetString().ShouldBe("Tools and seeds");
        await _p.ExpectAsync(0, "proposal", "submit", "1", "--as", "bob");
        await RefusedAsync(1, "(voting-closed)", "proposal", "vote", "1", "for", "--as", "bob");
        await _p.ExpectAsync(0, "clock", "advance", "7d", "--as", "op");
        await RefusedAsync(1, "(not-in-electorate)", "proposal", "vote", "1", "for", "--as", "carol");
        await RefusedAsync(1, "(recused)", "proposal", "vote", "1", "for", "--as", "alice");
        await RefusedAsync(1, "(bad-ballot)", "proposal", "vote", "1", "maybe", "--as", "bob");
        await _p.ExpectAsync(0, "proposal", "vote", "1", "for", "--as", "bob");
        await RefusedAsync(1, "(already-voted)", "proposal", "vote", "1", "against", "--as", "bob");
        await _p.ExpectAsync(0, "proposal", "vote", "1", "for", "--as", "dave");
        await _p.ExpectAsync(0, "clock", "advance", "5d", "--as", "op");
        var tally = JsonDocument.Parse((await _p.ExpectAsync(0, "proposal", "tally", "1", "--json")).Out).RootElement;
        tally.GetProperty("outcome").GetString().ShouldBe("Succeeded");
        tally.GetProperty("houses").EnumerateArray().Single(h => h.GetProperty("house").GetString() == "grantees")
            .GetProperty("recused").EnumerateArray().Count().ShouldBe(1);
        await _p.ExpectAsync(0, "proposal", "queue", "1", "--as", "bob");
        await RefusedAsync(1, "(timelock)", "proposal", "execute", "1", "--as", "bob");
        await _p.ExpectAsync(0, "clock", "advance", "2d", "--as", "op");
        await _p.ExpectAsync(0, "proposal", "execute", "1", "--as", "bob");
        (await _p.ExpectAsync(0, "treasury", "show")).Out.ShouldContain("3799.50");
        await _p.ExpectAsync(0, "verify");
    }

    [Fact]
    public async Task Usage_errors_exit_2_and_write_nothing()
    {
        await RefusedAsync(2, "--bogus", "network", "show", "--bogus");
        await RefusedAsync(2, "--as", "network", "launch");
        await RefusedAsync(2, "no key 'zed'", "network", "launch", "--as", "zed");
        _p.Env["POLITY_PASSWORD"] = "wrong";
        await RefusedAsync(2, "cannot unlock key 'op'", "clock", "advance", "1d", "--as", "op");
        _p.Env["POLITY_PASSWORD"] = "test-password";
        await RefusedAsync(2, "not a duration", "clock", "advance", "soon", "--as", "op");
        await RefusedAsync(2, "more than the asset's 2 decimals", "treasury", "deposit", "--asset", "EUR", "--amount", "1.005", "--as", "carol");
    }

    [Fact]
    public async Task Only_the_operator_advances_the_clock() =>
        await RefusedAsync(1, "(not-operator)", "clock", "advance", "1d", "--as", "bob");
}
