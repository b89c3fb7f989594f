namespace Polity.Engine.Tests.Funding;

/// <summary>Finds <c>shared/reference/pabulib</c> above the test binaries; a missing folder fails the test.</summary>
internal static class PabulibReference
{
    public static string PathOf(string relative) => Polity.Testing.TestPaths.Reference(Path.Combine("pabulib", relative));

    public static IEnumerable<string> Instances()
    {
        var dir = PathOf("instances");
        Directory.Exists(dir).ShouldBeTrue($"Reference folder missing: {dir}");
        return Directory.GetFiles(dir, "*.pb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
    }
}
