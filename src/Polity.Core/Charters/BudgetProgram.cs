namespace Polity.Core.Charters;

/// <summary>A program's envelope: money set aside by <c>allocate-budget</c> and spent by transfers, allowances and grants that name it.</summary>
/// <param name="Program">Short name, e.g. <c>small-grants</c>; the journal account is <c>budget:small-grants</c>.</param>
/// <param name="Asset">The one asset the envelope holds.</param>
/// <param name="Description">Free text.</param>
/// <param name="Cap">Most that may ever be allocated to the program in total, minor units; null for no cap.</param>
public sealed record BudgetProgram(string Program, string Asset, string Description, long? Cap);
