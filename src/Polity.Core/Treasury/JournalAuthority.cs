using System.Globalization;

namespace Polity.Core.Treasury;

/// <summary>What authorised a journal entry, besides the log entry that carries it.</summary>
public abstract record JournalAuthority
{
    private JournalAuthority() { }

    /// <summary>A short description, such as <c>proposal 3</c> or <c>grant 2 milestone 1</c>.</summary>
    public abstract string Describe();

    /// <inheritdoc />
    public override string ToString() => Describe();

    /// <summary>A depositor's own signed statement that the money was paid in.</summary>
    public sealed record Deposit : JournalAuthority
    {
        /// <inheritdoc />
        public override string Describe() => "deposit";
    }

    /// <summary>An executed proposal.</summary>
    /// <param name="Id">The proposal number.</param>
    public sealed record Proposal(long Id) : JournalAuthority
    {
        /// <inheritdoc />
        public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"proposal {Id}");
    }

    /// <summary>A role's spend-without-vote allowance in the charter.</summary>
    /// <param name="Role">The role whose allowance the spend used.</param>
    public sealed record Allowance(string Role) : JournalAuthority
    {
        /// <inheritdoc />
        public override string Describe() => $"allowance {Role}";
    }

    /// <summary>A tranche paid for an attested milestone.</summary>
    /// <param name="Grant">The grant number.</param>
    /// <param name="Milestone">The milestone number, from 1.</param>
    public sealed record Disbursement(long Grant, int Milestone) : JournalAuthority
    {
        /// <inheritdoc />
        public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"grant {Grant} milestone {Milestone}");
    }

    /// <summary>A grant's final report, which returns what was committed but not paid.</summary>
    /// <param name="Grant">The grant number.</param>
    public sealed record GrantClosure(long Grant) : JournalAuthority
    {
        /// <inheritdoc />
        public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"grant {Grant} closed");
    }

    /// <summary>A contributor's own signed statement that they gave to an application in a quadratic-funding round.</summary>
    /// <param name="Round">The round's id.</param>
    /// <param name="Grant">The application given to.</param>
    public sealed record RoundContribution(string Round, long Grant) : JournalAuthority
    {
        /// <inheritdoc />
        public override string Describe() => string.Create(CultureInfo.InvariantCulture, $"contribution to grant {Grant} in round {Round}");
    }
}
