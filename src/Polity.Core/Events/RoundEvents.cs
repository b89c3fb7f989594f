namespace Polity.Core.Events;

/// <summary>A step in a grantmaking round once a proposal opened it (see <c>docs/resources.md</c>, "Rounds").</summary>
public abstract record RoundEvent : PolityEvent;

/// <summary>
/// An eligible voter's ballot in a participatory-budgeting round, cast while the round is voting. A later ballot by
/// the same voter replaces the earlier one until voting closes.
/// </summary>
/// <param name="Round">The round's id.</param>
/// <param name="Grants">The applications voted for (grant numbers, each at most once), all found eligible and in the round.</param>
/// <param name="Points">On a cumulative ballot, the points given to each of <paramref name="Grants"/>, in the same order; null on an approval ballot.</param>
public sealed record RoundBallotCast(string Round, IReadOnlyList<long> Grants, IReadOnlyList<long>? Points = null) : RoundEvent;

/// <summary>
/// A stakeholder's own money given to an application in a quadratic-funding round while it is voting: it moves from
/// <c>funder:&lt;author&gt;</c> to <c>round:&lt;id&gt;</c> and counts towards the application's match.
/// </summary>
/// <param name="Round">The round's id.</param>
/// <param name="Grant">The application (grant number).</param>
/// <param name="Amount">Minor units of the round's asset, at least the round's minimum contribution.</param>
public sealed record RoundContributed(string Round, long Grant, long Amount) : RoundEvent;
