using System.IO.Compression;
using System.Text.Json;

namespace Polity.Ledger.Tests;

/// <summary>Finds the shared reference vectors: the first ancestor of the test binaries holding <c>shared/reference</c>.</summary>
internal static class ReferenceData
{
    public static string PathOf(string relative) => Polity.Testing.TestPaths.Reference(relative);

    public static byte[] ReadBytes(string relative)
    {
        var path = PathOf(relative);
        File.Exists(path).ShouldBeTrue($"Reference file missing: {path}");
        return File.ReadAllBytes(path);
    }

    public static byte[] ReadGzip(string relative)
    {
        using var input = new MemoryStream(ReadBytes(relative));
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }

    public static JsonDocument Json(string relative) =>
        JsonDocument.Parse(relative.EndsWith(".gz", StringComparison.Ordinal) ? ReadGzip(relative) : ReadBytes(relative));
}
