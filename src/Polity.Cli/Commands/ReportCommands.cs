using System.CommandLine;

namespace Polity.Cli.Commands;

/// <summary><c>polity report flows|metrics|map</c>: pictures of the network written as self-contained SVG and HTML files.</summary>
public static partial class ReportCommands
{
    /// <summary>Builds the report commands.</summary>
    public static Command Build(Runner run) =>
        new("report", "Pictures of the network as self-contained SVG and HTML files")
        {
            Flows(run),
            Metrics(run),
            Map(run),
        };

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>; a path that cannot be written is bad input (exit 2).</summary>
    internal static string Write(string path, string text)
    {
        try
        {
            var full = Path.GetFullPath(path);
            File.WriteAllText(full, text);
            return full;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException($"cannot write {path}: {ex.Message}");
        }
    }
}
