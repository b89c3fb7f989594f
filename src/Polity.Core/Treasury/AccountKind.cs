namespace Polity.Core.Treasury;

/// <summary>
/// What an account stands for in the double-entry journal. Postings are signed: a positive amount is a
/// debit, a negative one a credit, and every entry's postings sum to zero per asset.
/// </summary>
public enum AccountKind
{
    /// <summary>The unallocated treasury (<c>treasury</c>): money held and free to allocate. Never below minus the asset's overdraft.</summary>
    Treasury,

    /// <summary>Contributed capital of one funder (<c>funder:0x…</c>): credited by each deposit, so it runs at or below zero.</summary>
    Funder,

    /// <summary>A program's envelope (<c>budget:program</c>): money set aside for the program. Never below zero.</summary>
    Budget,

    /// <summary>A grant's commitment (<c>grant:N</c>): awarded but not yet paid out. Never below zero.</summary>
    Grant,

    /// <summary>Money out to one recipient (<c>payee:0x…</c>): debited by each payment, so it runs at or above zero.</summary>
    Payee,

    /// <summary>A grantmaking round's pool and contributions.</summary>
    Round,
}
