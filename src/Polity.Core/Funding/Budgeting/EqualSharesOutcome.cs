using Polity.Core.Primitives;

namespace Polity.Core.Funding.Budgeting;

/// <summary>An Equal Shares outcome with the per-voter share that produced it (after any completion).</summary>
public sealed record EqualSharesOutcome(PbOutcome Outcome, Fraction PerVoterBudget);
