namespace Polity.Engine.Funding;

/// <summary>A Pabulib file that cannot be read; the message starts with <c>file:line:</c>.</summary>
public sealed class PabulibFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="file"/> at 1-based <paramref name="line"/>.</summary>
    public PabulibFormatException(string file, int line, string reason) : base($"{file}:{line}: {reason}")
    {
        File = file;
        Line = line;
    }

    /// <summary>Creates the exception.</summary>
    public PabulibFormatException() { }

    /// <summary>Creates the exception.</summary>
    public PabulibFormatException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public PabulibFormatException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The file's name as given.</summary>
    public string File { get; } = "";

    /// <summary>The 1-based line.</summary>
    public int Line { get; }
}
