namespace Polity.Core.Rounds;

/// <summary>Where a round stands, by the network clock.</summary>
public enum RoundPhase
{
    /// <summary>Registered stakeholders apply, naming the round.</summary>
    Applications,

    /// <summary>Reviewers find applications eligible or not; no new applications.</summary>
    Review,

    /// <summary>Eligible voters cast ballots (pb) or stakeholders contribute (qf).</summary>
    Voting,

    /// <summary>Voting has closed: the result is fixed and an award proposal carries it out.</summary>
    Result,
}
