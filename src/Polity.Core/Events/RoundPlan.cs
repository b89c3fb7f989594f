namespace Polity.Core.Events;

/// <summary>
/// Everything an <c>open-round</c> action fixes about a grantmaking round. Phases follow each other from the moment
/// the opening proposal executes: applications, then review, then voting; the result is computed from the log when
/// voting ends.
/// </summary>
/// <param name="Id">A lowercase name, unique in the network; the round's account is <c>round:&lt;id&gt;</c>.</param>
/// <param name="Title">One line, 1 to 200 characters.</param>
/// <param name="Kind"><c>pb</c> (participatory budgeting) or <c>qf</c> (quadratic funding).</param>
/// <param name="Rule">For <c>pb</c>: <c>greedy</c>, <c>mes</c> or <c>phragmen</c>; for <c>qf</c>: <c>linear</c>, <c>pairwise</c> or <c>cocm</c>.</param>
/// <param name="Asset">The asset the pool and every award are in.</param>
/// <param name="Pool">Minor units moved into the round's account when it opens: the budget to divide (pb) or the matching pool (qf).</param>
/// <param name="Budget">The budget program the pool comes from, or empty for the unallocated treasury.</param>
/// <param name="Applications">How long applications stay open, seconds.</param>
/// <param name="Review">How long reviewers then have to find applications eligible, seconds.</param>
/// <param name="Voting">How long voting (ballots or contributions) then lasts, seconds.</param>
/// <param name="Voters">For <c>pb</c>: the houses whose members may cast a ballot (at least one); empty for <c>qf</c>, where any registered stakeholder contributes.</param>
/// <param name="Ballot">For <c>pb</c>: <c>approval</c> or <c>cumulative</c>; null for <c>qf</c>.</param>
/// <param name="Completion">For <c>pb</c> with <c>mes</c>: <c>add1</c>, <c>utilitarian</c> or <c>add1-utilitarian</c>; null for none.</param>
/// <param name="Points">For cumulative ballots: the points each voter may spread (default 10).</param>
/// <param name="Cap">For <c>qf</c>: the most one application may be matched, minor units; null for no cap.</param>
/// <param name="Minimum">For <c>qf</c>: the smallest contribution accepted, minor units; null for 1.</param>
/// <param name="Objectives">Network objectives the round serves, in words; shown with the round.</param>
public sealed record RoundPlan(
    string Id,
    string Title,
    string Kind,
    string Rule,
    string Asset,
    long Pool,
    string Budget,
    long Applications,
    long Review,
    long Voting,
    IReadOnlyList<string> Voters,
    string? Ballot = null,
    string? Completion = null,
    long? Points = null,
    long? Cap = null,
    long? Minimum = null,
    IReadOnlyList<string>? Objectives = null);
