namespace Polity.Core.Rounds;

/// <summary>One application's standing in a round.</summary>
/// <param name="Grant">The application's number.</param>
/// <param name="Title">Its title.</param>
/// <param name="Cost">What it asked for, minor units.</param>
/// <param name="Votes">Ballots naming it (pb) or contributors to it (qf).</param>
/// <param name="Score">Points on cumulative ballots (else equal to votes) in pb; contributions in minor units in qf.</param>
/// <param name="Matched">Its share of the matching pool (qf); 0 in pb.</param>
/// <param name="Selected">True when the result funds it.</param>
/// <param name="Amount">What an award pays it: its cost (pb) or contributions plus match (qf); 0 when not selected.</param>
public sealed record RoundLine(long Grant, string Title, long Cost, long Votes, long Score, long Matched, bool Selected, long Amount);
