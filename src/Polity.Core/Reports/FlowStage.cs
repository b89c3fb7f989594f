namespace Polity.Core.Reports;

/// <summary>
/// A column of the funds-flow picture, in the order money normally travels: funders pay into the treasury,
/// the treasury fills budgets, budgets feed rounds, rounds and budgets commit grants, grants pay payees.
/// </summary>
public enum FlowStage
{
    /// <summary><c>funder:…</c> accounts: where money comes from.</summary>
    Funders,

    /// <summary>The unallocated <c>treasury</c>.</summary>
    Treasury,

    /// <summary><c>budget:…</c> envelopes.</summary>
    Budgets,

    /// <summary><c>round:…</c> pools of grantmaking rounds.</summary>
    Rounds,

    /// <summary>Accounts of a kind this report does not know yet (placed between rounds and grants).</summary>
    Other,

    /// <summary><c>grant:…</c> commitments.</summary>
    Grants,

    /// <summary><c>payee:…</c> accounts: where money ends up.</summary>
    Payees,
}
