namespace Polity.Core.Voting.Ranked;

/// <summary>The count cannot go on: a tie needs a human, the data contradict the rules, or nobody can be eliminated.</summary>
public sealed class RankedTabulationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RankedTabulationException() { }

    /// <summary>Creates the exception.</summary>
    public RankedTabulationException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public RankedTabulationException(string message, Exception inner) : base(message, inner) { }
}
