namespace Polity.Core.Funding.Budgeting;

/// <summary>What a greedy rule sorts projects by.</summary>
public enum GreedyRanking
{
    /// <summary>Ballots naming the project (approval, choose-1; pabutools' greedy with <c>Cost_Sat</c>).</summary>
    Votes,

    /// <summary>The project's score: points (cumulative) or Borda points (ordinal).</summary>
    Score,

    /// <summary>Votes per unit of cost (pabutools' greedy with <c>Cardinality_Sat</c>).</summary>
    VotesPerCost,
}
