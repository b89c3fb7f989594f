namespace Polity.Core.Funding.QuadraticFunding.GrantsStack;

/// <summary>A donor's Gitcoin Passport result (evidence part only).</summary>
/// <param name="Address">Donor address.</param>
/// <param name="Success">evidence.success.</param>
/// <param name="RawScore">evidence.rawScore.</param>
public sealed record PassportScore(string Address, bool Success, decimal RawScore);
