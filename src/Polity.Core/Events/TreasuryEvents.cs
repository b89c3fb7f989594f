namespace Polity.Core.Events;

/// <summary>The author records money paid into the treasury.</summary>
/// <param name="Asset">Asset code from the charter.</param>
/// <param name="Amount">Minor units, positive.</param>
/// <param name="Memo">Free text.</param>
public sealed record FundsDeposited(string Asset, long Amount, string Memo) : PolityEvent;

/// <summary>A role holder spends within the charter's spend-without-vote allowance.</summary>
/// <param name="Asset">Asset code.</param>
/// <param name="Amount">Minor units, positive.</param>
/// <param name="To">Recipient address.</param>
/// <param name="Memo">What it is for.</param>
public sealed record AllowanceSpent(string Asset, long Amount, Primitives.Address To, string Memo) : PolityEvent;
