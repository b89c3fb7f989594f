namespace Polity.Core.Rounds;

/// <summary>A voter's ballot in a pb round.</summary>
/// <param name="Grants">The applications voted for.</param>
/// <param name="Points">Points per application on a cumulative ballot; null on an approval ballot.</param>
/// <param name="At">When it was cast.</param>
public sealed record RoundBallot(IReadOnlyList<long> Grants, IReadOnlyList<long>? Points, long At);
