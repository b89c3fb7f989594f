using Polity.Core.Rules;

namespace Polity.Engine;

/// <summary>What became of a batch of signed events: all of it was appended, or none of it.</summary>
public abstract record BatchOutcome
{
    private BatchOutcome() { }

    /// <summary>Every event was appended, in order, in one transaction.</summary>
    /// <param name="FirstSeq">Seq of the batch's first event (the head's seq + 1 when the batch was empty).</param>
    /// <param name="LastSeq">Seq of the batch's last event: the new head.</param>
    /// <param name="Hash">The new head's entry hash.</param>
    public sealed record Appended(long FirstSeq, long LastSeq, string Hash) : BatchOutcome
    {
        /// <summary>How many events were appended.</summary>
        public long Count => LastSeq - FirstSeq + 1;
    }

    /// <summary>The first refused event; nothing of the batch was written and the state is unchanged.</summary>
    /// <param name="Index">Its index in the batch.</param>
    /// <param name="Reason">Why (a rule's rejection, <c>bad-payload</c>, <c>bad-signature</c> or <c>time-ahead</c>).</param>
    public sealed record Refused(int Index, Rejection Reason) : BatchOutcome;
}
