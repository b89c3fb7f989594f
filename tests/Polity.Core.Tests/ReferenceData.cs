using System.Text.Json;

namespace Polity.Core.Tests;

/// <summary>
/// Finds the shared reference vectors: the first ancestor of the test binaries holding <c>shared/reference</c>
/// (the approach of Polity.Ledger.Tests). A missing folder fails the test rather than skipping it.
/// </summary>
internal static class ReferenceData
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string PathOf(string relative) => Path.Combine(Root.Value, relative);

    public static string ReadText(string relative)
    {
        var path = PathOf(relative);
        File.Exists(path).ShouldBeTrue($"Reference file missing: {path}");
        return File.ReadAllText(path);
    }

    public static JsonDocument Json(string relative) => JsonDocument.Parse(ReadText(relative));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No 'shared/reference' folder in any ancestor of {AppContext.BaseDirectory}; the reference vectors are required.");
    }
}
