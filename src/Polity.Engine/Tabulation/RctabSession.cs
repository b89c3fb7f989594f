using Polity.Core.Voting.Ranked;

namespace Polity.Engine.Tabulation;

/// <summary>One RCTab-style run: load the config, read the CVRs, count (once, or once per pass for multi-pass IRV).</summary>
public static class RctabSession
{
    /// <summary>Counts the contest of <paramref name="configPath"/>; multi-pass IRV yields one result per pass.</summary>
    /// <exception cref="FormatException">The config or a CVR is malformed.</exception>
    /// <exception cref="RankedTabulationException">The count cannot be completed.</exception>
    public static (RctabConfig Config, IReadOnlyList<RankedResult> Results) Run(string configPath)
    {
        var config = RctabConfig.Load(configPath);
        var ballots = CvrReaders.ReadAll(config);
        if (config.TabulateByPrecinct && !ballots.Any(b => !string.IsNullOrWhiteSpace(b.Precinct)))
        {
            throw new RankedTabulationException("tabulateByPrecinct is enabled, but the CVRs name no precincts");
        }
        var results = config.Rules.WinnerElectionMode == WinnerElectionMode.MultiPassIrv
            ? RankedTabulator.TabulateSequential(ballots, config.Contest, config.Rules)
            : [RankedTabulator.Tabulate(ballots, config.Contest, config.Rules)];
        return (config, results);
    }
}
