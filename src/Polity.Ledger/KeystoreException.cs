namespace Polity.Ledger;

/// <summary>A keystore file could not be opened: wrong password, damage, or malformed JSON.</summary>
public sealed class KeystoreException : Exception
{
    /// <summary>The message for a MAC mismatch.</summary>
    public const string WrongPasswordMessage = "wrong password or damaged keystore";

    /// <summary>Creates the exception with the wrong-password message.</summary>
    public KeystoreException()
        : base(WrongPasswordMessage)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    public KeystoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception around a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying error.</param>
    public KeystoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
