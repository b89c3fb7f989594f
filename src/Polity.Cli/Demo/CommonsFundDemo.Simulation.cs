using Polity.Core.Simulation;
using Polity.Engine.Proposals;
using Polity.Engine.Reports;

namespace Polity.Cli.Demo;

public sealed partial class CommonsFundDemo
{
    /// <summary>
    /// Charter simulation on the log so far, writing nothing: the recorded charter history reproduces every
    /// outcome, and charter v2 with a 60% community quorum would have failed a grant the community passed.
    /// </summary>
    private async Task SimulationAsync()
    {
        Step("Simulate a charter change before proposing it", "replay the log under v2 with a 60% community quorum; nothing is written");
        var history = await LogHistory.ReadAsync(_network.Store);
        var recorded = CharterReplay.Run(history, null);
        _out.WriteLine(recorded.ChangedProposals().Count == 0
            ? $"  the recorded charters reproduce all {recorded.Proposals.Count} outcomes"
            : $"  {recorded.ChangedProposals().Count} recorded outcomes NOT reproduced");
        var variant = ProposalFile.LoadCharter(Path.Combine(_charterDir, "..", "simulation", "commons-fund-v2-quorum.yaml"));
        var report = CharterReplay.Run(history, variant);
        foreach (var c in report.ChangedProposals())
        {
            _out.WriteLine($"  proposal {c.Proposal} ({c.DecisionType}): {CharterReplay.Name(c.Recorded.Outcome)} → "
                + (c.Simulated is null ? c.NotSimulated : $"{CharterReplay.Name(c.Simulated.Outcome)} — {string.Join("; ", c.Differences.Skip(2))}"));
        }
        _out.WriteLine($"  {SimulationViews.Summary(report)}");
    }
}
