namespace Polity.Ledger;

/// <summary>The first thing wrong with a log.</summary>
/// <param name="Seq">The sequence number (position) of the bad entry.</param>
/// <param name="Kind">One of <c>format</c>, <c>seq</c>, <c>hash-link</c>, <c>time</c>, <c>signature</c> (see <see cref="ChainFailureKinds"/>).</param>
/// <param name="Message">A human-readable explanation.</param>
public sealed record ChainFailure(long Seq, string Kind, string Message);
