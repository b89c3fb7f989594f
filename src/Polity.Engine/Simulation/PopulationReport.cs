using Polity.Core.Events;
using Polity.Core.Simulation;

namespace Polity.Engine.Simulation;

/// <summary>What a synthetic population did under a charter.</summary>
/// <param name="Seed">The spec's seed.</param>
/// <param name="Members">Synthetic members per house.</param>
/// <param name="Events">Events in the synthetic history.</param>
/// <param name="Overall">Measures over every synthetic decision.</param>
/// <param name="ByDecisionType">The same per decision type, in the spec's order.</param>
public sealed record PopulationReport(
    ulong Seed,
    IReadOnlyDictionary<string, int> Members,
    int Events,
    SummaryMeasures Overall,
    IReadOnlyList<PopulationTypeMeasures> ByDecisionType)
{
    /// <summary>Generates the population's history under <paramref name="charter"/> and measures it.</summary>
    /// <exception cref="FormatException">The spec does not fit the charter.</exception>
    public static PopulationReport Run(CharterVersion charter, PopulationSpec spec)
    {
        var history = PopulationGenerator.Generate(charter, spec);
        var replay = CharterReplay.Run(history, null);
        return new PopulationReport(
            spec.Seed,
            spec.Houses.ToDictionary(h => h.House, h => h.Members),
            history.Count,
            replay.Recorded,
            replay.ByDecisionType.Select(t => new PopulationTypeMeasures(t.DecisionType, t.Recorded)).ToList());
    }
}

/// <summary>Measures for one decision type of a population run.</summary>
/// <param name="DecisionType">Decision type id.</param>
/// <param name="Measures">Its measures.</param>
public sealed record PopulationTypeMeasures(string DecisionType, SummaryMeasures Measures);
