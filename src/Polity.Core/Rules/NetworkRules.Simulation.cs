using Polity.Core.Events;

namespace Polity.Core.Rules;

public static partial class NetworkRules
{
    /// <summary>
    /// A simulation report may be attached only to a proposal that adopts a charter, and only the report of
    /// that charter: its charter hash must match one of the proposal's amend-charter actions.
    /// </summary>
    private static Rejection? CheckSimulation(ProposalCreated created)
    {
        if (created.Simulation is not { } sim)
        {
            return null;
        }
        if (!IsSha256(sim.ReportSha256) || !IsSha256(sim.CharterSha256))
        {
            return Reject("bad-simulation", "a simulation attachment carries the report's and the charter's SHA-256 as 64 lowercase hex digits");
        }
        if (string.IsNullOrWhiteSpace(sim.Summary) || sim.Summary.Length > 300)
        {
            return Reject("bad-simulation", "a simulation attachment needs a summary of 1 to 300 characters");
        }
        var charters = created.Options.SelectMany(o => o.Actions).OfType<ProposalAction.AmendCharter>().ToList();
        if (charters.Count == 0)
        {
            return Reject("not-an-amendment", "only a proposal with an amend-charter action can attach a simulation report");
        }
        return charters.Any(c => SimulationAttachment.HashOf(c.Charter) == sim.CharterSha256)
            ? null
            : Reject("simulation-mismatch", $"the report simulated charter {sim.CharterSha256[..12]}…, not the charter this proposal adopts");
    }

    private static bool IsSha256(string hex) => hex.Length == 64 && hex.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
