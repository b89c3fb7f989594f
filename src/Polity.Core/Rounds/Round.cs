using System.Collections.Immutable;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Treasury;

namespace Polity.Core.Rounds;

/// <summary>A grantmaking round as the log made it: its plan, its applications, ballots and contributions.</summary>
public sealed record Round
{
    /// <summary>What the opening proposal fixed.</summary>
    public required RoundPlan Plan { get; init; }

    /// <summary>The proposal that opened the round.</summary>
    public required long OpenedBy { get; init; }

    /// <summary>When it opened (the opening proposal's execution), Unix seconds.</summary>
    public required long OpenedAt { get; init; }

    /// <summary>Applications (grant numbers) made to the round, in log order.</summary>
    public ImmutableList<long> Applications { get; init; } = [];

    /// <summary>The ballot in force per voter (pb); a voter's later ballot replaces the earlier.</summary>
    public ImmutableDictionary<Address, RoundBallot> Ballots { get; init; } = ImmutableDictionary<Address, RoundBallot>.Empty;

    /// <summary>Contributions in log order (qf).</summary>
    public ImmutableList<RoundContribution> Contributions { get; init; } = [];

    /// <summary>The round's id.</summary>
    public string Id => Plan.Id;

    /// <summary>True for a participatory-budgeting round, false for quadratic funding.</summary>
    public bool IsBudgeting => Plan.Kind == RoundKinds.Budgeting;

    /// <summary>When applications close.</summary>
    public long ApplicationsEnd => OpenedAt + Plan.Applications;

    /// <summary>When review closes and voting opens.</summary>
    public long ReviewEnd => ApplicationsEnd + Plan.Review;

    /// <summary>When voting closes and the result is fixed.</summary>
    public long VotingEnd => ReviewEnd + Plan.Voting;

    /// <summary>The journal account holding the pool and the contributions.</summary>
    public Account Account => Account.Round(Plan.Id);

    /// <summary>The phase at a time.</summary>
    public RoundPhase PhaseAt(long time) =>
        time < ApplicationsEnd ? RoundPhase.Applications
        : time < ReviewEnd ? RoundPhase.Review
        : time < VotingEnd ? RoundPhase.Voting
        : RoundPhase.Result;
}
