namespace Polity.Cli;

/// <summary>Stops a command with a one-line reason and an exit code.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliException(int exitCode, string message) : base(message) => ExitCode = exitCode;

    /// <summary>Creates the exception.</summary>
    public CliException() { }

    /// <summary>Creates the exception.</summary>
    public CliException(string message) : base(message) => ExitCode = ExitCodes.BadInput;

    /// <summary>Creates the exception.</summary>
    public CliException(string message, Exception inner) : base(message, inner) => ExitCode = ExitCodes.BadInput;

    /// <summary>The exit code.</summary>
    public int ExitCode { get; } = ExitCodes.BadInput;
}
