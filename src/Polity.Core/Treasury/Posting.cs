namespace Polity.Core.Treasury;

/// <summary>One line of a journal entry: a signed amount on an account, in minor units of an asset.</summary>
/// <param name="Account">The account.</param>
/// <param name="Asset">The asset code.</param>
/// <param name="Amount">Minor units: positive debits the account (money arrives), negative credits it (money leaves).</param>
public sealed record Posting(Account Account, string Asset, long Amount);
