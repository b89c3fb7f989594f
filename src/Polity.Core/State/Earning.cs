namespace Polity.Core.State;

/// <summary>Reputation points earned in a house at a moment.</summary>
/// <param name="At">When (unix seconds).</param>
/// <param name="Points">Points earned then.</param>
public sealed record Earning(long At, long Points);
