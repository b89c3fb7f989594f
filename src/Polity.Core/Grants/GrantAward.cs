using Polity.Core.Primitives;
using Polity.Core.Treasury;

namespace Polity.Core.Grants;

/// <summary>What an award fixed.</summary>
/// <param name="By">What authorised it (the executed proposal).</param>
/// <param name="Recipient">Who is paid.</param>
/// <param name="Amount">Minor units committed.</param>
/// <param name="Source">The account the money was committed from (a budget or the treasury); closing returns the rest there.</param>
/// <param name="At">When.</param>
public sealed record GrantAward(JournalAuthority By, Address Recipient, long Amount, Account Source, long At);
