namespace Polity.Cli;

/// <summary>The documented exit codes of the polity command.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Done = 0;

    /// <summary>The rules refused it (the charter, the lifecycle, a verification failure); nothing was written.</summary>
    public const int Refused = 1;

    /// <summary>Bad usage or input (unknown option, unreadable file, invalid charter, unknown key); nothing was written.</summary>
    public const int BadInput = 2;
}
