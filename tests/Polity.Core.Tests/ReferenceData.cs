using System.Text.Json;

namespace Polity.Core.Tests;

/// <summary>
/// Finds the shared reference vectors: the first ancestor of the test binaries holding <c>shared/reference</c>
/// (the approach of Polity.Ledger.Tests). A missing folder fails the test rather than skipping it.
/// </summary>
internal static class ReferenceData
{
    public static string PathOf(string relative) => Polity.Testing.TestPaths.Reference(relative);

    public static string ReadText(string relative)
    {
        var path = PathOf(relative);
        File.Exists(path).ShouldBeTrue($"Reference file missing: {path}");
        return File.ReadAllText(path);
    }

    public static JsonDocument Json(string relative) => JsonDocument.Parse(ReadText(relative));
}
