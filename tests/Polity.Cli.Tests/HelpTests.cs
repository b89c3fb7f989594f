using System.CommandLine;

namespace Polity.Cli.Tests;

public class HelpTests
{
    private static IEnumerable<string[]> Paths(Command command, string[] prefix)
    {
        yield return prefix;
        foreach (var sub in command.Subcommands.Where(s => !s.Hidden))
        {
            foreach (var path in Paths(sub, [.. prefix, sub.Name]))
            {
                yield return path;
            }
        }
    }

    [Fact]
    public async Task Every_command_has_help_with_a_description()
    {
        var root = PolityCli.BuildRoot(TextWriter.Null, TextWriter.Null, TimeProvider.System);
        var paths = Paths(root, []).ToList();
        paths.Count.ShouldBeGreaterThan(30);
        foreach (var path in paths)
        {
            var output = new StringWriter();
            var exit = await PolityCli.RunAsync([.. path, "--help"], output, TextWriter.Null);
            exit.ShouldBe(0, string.Join(' ', path));
            output.ToString().ShouldContain("Description:", customMessage: string.Join(' ', path));
        }
    }

    [Fact]
    public async Task A_read_command_on_a_missing_network_exits_2_with_the_reason()
    {
        var output = new StringWriter();
        (await PolityCli.RunAsync(["proposal", "list", "--json", "--db", Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid() + ".db")], output, output)).ShouldBe(2);
        output.ToString().ShouldContain("no network");
    }
}
