namespace Polity.Core.Voting.Ranked;

/// <summary>
/// The count seen from one precinct or batch (RCTab's "tabulate by" reports): that slice's tallies,
/// transfers and inactive ballots, with the whole contest's thresholds and decisions.
/// </summary>
/// <param name="Kind">"precinct" or "batch".</param>
/// <param name="Id">The slice id.</param>
/// <param name="Result">The slice's rounds.</param>
public sealed record RankedSlice(string Kind, string Id, RankedResult Result);
