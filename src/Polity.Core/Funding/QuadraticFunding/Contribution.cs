using System.Numerics;

namespace Polity.Core.Funding.QuadraticFunding;

/// <summary>One donation to a project in a quadratic-funding round, in the round token's minor units.</summary>
/// <param name="Contributor">Who gave (a stakeholder address or any stable id).</param>
/// <param name="Recipient">The project that received it.</param>
/// <param name="Amount">Whole minor units; never negative.</param>
public sealed record Contribution(string Contributor, string Recipient, BigInteger Amount)
{
    /// <summary>Whole minor units; never negative.</summary>
    public BigInteger Amount { get; } = Amount >= 0
        ? Amount
        : throw new ArgumentOutOfRangeException(nameof(Amount), Amount, "A contribution cannot be negative.");
}
