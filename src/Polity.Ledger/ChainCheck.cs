namespace Polity.Ledger;

/// <summary>The result of verifying a run of log entries.</summary>
/// <param name="Envelopes">The parsed entries, in order, up to (not including) the first failure.</param>
/// <param name="FirstFailure">The failure with the lowest seq, or null when every entry checks out.</param>
public sealed record ChainCheck(IReadOnlyList<EventEnvelope> Envelopes, ChainFailure? FirstFailure)
{
    /// <summary>True when no entry failed.</summary>
    public bool IsValid => FirstFailure is null;
}
