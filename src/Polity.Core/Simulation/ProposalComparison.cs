namespace Polity.Core.Simulation;

/// <summary>One decided (or still open) proposal: what the log recorded beside what the simulated charter gives.</summary>
/// <param name="Proposal">Proposal number.</param>
/// <param name="Title">Title.</param>
/// <param name="DecisionType">The decision type it was submitted under.</param>
/// <param name="Recorded">The result the log records.</param>
/// <param name="Simulated">The result under the simulated charter, or null when it could not be simulated.</param>
/// <param name="NotSimulated">Why it could not be simulated (e.g. the new charter lacks its decision type), else null.</param>
/// <param name="Differences">What differs, one plain line each; empty when nothing does.</param>
/// <param name="BallotsDropped">Recorded ballots the simulated rules would not have accepted (outside the voting window or unfit for the method).</param>
public sealed record ProposalComparison(
    long Proposal,
    string Title,
    string DecisionType,
    DecisionResult Recorded,
    DecisionResult? Simulated,
    string? NotSimulated,
    IReadOnlyList<string> Differences,
    int BallotsDropped)
{
    /// <summary>True when the outcome, the passed options or a house's result differs, or the proposal could not be simulated.</summary>
    public bool Changed => NotSimulated is not null || Differences.Count > 0;
}
