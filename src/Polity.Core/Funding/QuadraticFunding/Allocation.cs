using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>One project's share of the pool.</summary>
/// <param name="MatchedWithoutCap">The match before the cap.</param>
/// <param name="CapOverflow">MatchedWithoutCap − cap (negative when under it); 0 when there is no cap.</param>
/// <param name="Matched">What the project is paid.</param>
public readonly record struct Allocation(BigInteger MatchedWithoutCap, BigInteger CapOverflow, BigInteger Matched);
