using System.CommandLine;

namespace Polity.Cli.Commands;

/// <summary><c>polity report …</c>: pictures and reports drawn from the log.</summary>
public static partial class ReportCommands
{
    /// <summary>Builds the report commands.</summary>
    public static Command Build(Runner run) => new("report", "Pictures and reports drawn from the log")
    {
        Map(run),
    };
}
