using Polity.Core.Primitives;

namespace Polity.Core.Rounds;

/// <summary>One contribution in a qf round.</summary>
/// <param name="Contributor">Who gave.</param>
/// <param name="Grant">To which application.</param>
/// <param name="Amount">Minor units.</param>
/// <param name="At">When.</param>
/// <param name="Houses">The houses the contributor belonged to when giving: their clusters under COCM.</param>
public sealed record RoundContribution(Address Contributor, long Grant, long Amount, long At, IReadOnlyList<string> Houses);
