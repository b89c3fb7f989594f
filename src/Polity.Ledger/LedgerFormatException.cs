namespace Polity.Ledger;

/// <summary>Stored log bytes are not a well-formed entry (wrong keys, JSON types, or value formats).</summary>
public sealed class LedgerFormatException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public LedgerFormatException()
        : base("Malformed ledger entry.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public LedgerFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error, e.g. a JSON parse error.</param>
    public LedgerFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
