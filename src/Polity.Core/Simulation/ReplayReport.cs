namespace Polity.Core.Simulation;

/// <summary>The result of <see cref="CharterReplay.Run"/>.</summary>
/// <param name="RecordedCharter">True when the recorded charter history was replayed (no proposed charter).</param>
/// <param name="Proposals">Every submitted, uncancelled proposal, in number order.</param>
/// <param name="Recorded">Measures over the recorded results.</param>
/// <param name="Simulated">Measures over the simulated results (proposals that could be simulated).</param>
/// <param name="ByDecisionType">The same measures per decision type, in order of first submission.</param>
public sealed record ReplayReport(
    bool RecordedCharter,
    IReadOnlyList<ProposalComparison> Proposals,
    SummaryMeasures Recorded,
    SummaryMeasures Simulated,
    IReadOnlyList<TypeMeasures> ByDecisionType)
{
    /// <summary>Proposals whose result would change (or that could not be simulated).</summary>
    public IReadOnlyList<ProposalComparison> ChangedProposals() => Proposals.Where(p => p.Changed).ToList();
}

/// <summary>Measures for one decision type.</summary>
/// <param name="DecisionType">Decision type id.</param>
/// <param name="Recorded">Over the recorded results.</param>
/// <param name="Simulated">Over the simulated results.</param>
/// <param name="Changed">How many of its proposals would change.</param>
public sealed record TypeMeasures(string DecisionType, SummaryMeasures Recorded, SummaryMeasures Simulated, int Changed);
