namespace Polity.Core.Funding.Budgeting;

/// <summary>The kind of ballot, as Pabulib's <c>vote_type</c> names it.</summary>
public enum PbVoteType
{
    /// <summary>Each voter approves a set of projects (<c>approval</c>).</summary>
    Approval,

    /// <summary>One project per voter (<c>choose-1</c>); an approval ballot of size one.</summary>
    ChooseOne,

    /// <summary>Points spread over projects (<c>cumulative</c>).</summary>
    Cumulative,

    /// <summary>Projects in order of preference (<c>ordinal</c>).</summary>
    Ordinal,
}
