using System.Diagnostics;
using Polity.Testing;

namespace Polity.Chain.Tests;

/// <summary>The committed compiled artifacts are exactly what the pinned compiler makes of the committed sources.</summary>
public sealed class ArtifactTests
{
    [Fact]
    public async Task The_committed_artifacts_equal_a_fresh_compile()
    {
        var chain = Path.Combine(TestPaths.RepositoryRoot, "src", "Polity.Chain");
        var install = await Run("bash", chain, Path.Combine(TestPaths.RepositoryRoot, "scripts", "chain-deps.sh"));
        install.ExitCode.ShouldBe(0, install.Output);

        var check = await Run("node", chain, "scripts/compile-contracts.mjs", "--check");

        check.ExitCode.ShouldBe(0, check.Output);
    }

    [Fact]
    public void The_embedded_artifacts_carry_an_abi_and_creation_bytecode()
    {
        foreach (var artifact in new[] { ContractArtifact.PolityAnchor, ContractArtifact.PolityExecutor })
        {
            artifact.Abi.ShouldStartWith("[");
            artifact.Bytecode.ShouldStartWith("0x");
            artifact.Bytecode.Length.ShouldBeGreaterThan(1000);
        }
    }

    private static async Task<(int ExitCode, string Output)> Run(string file, string directory, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + error);
    }
}
