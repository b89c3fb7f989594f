namespace Polity.Engine.Tests.Funding;

/// <summary>Finds <c>shared/reference/pabulib</c> above the test binaries; a missing folder fails the test.</summary>
internal static class PabulibReference
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string PathOf(string relative) => Path.Combine(Root.Value, relative);

    public static IEnumerable<string> Instances()
    {
        var dir = PathOf("instances");
        Directory.Exists(dir).ShouldBeTrue($"Reference folder missing: {dir}");
        return Directory.GetFiles(dir, "*.pb").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
    }

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference", "pabulib");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException(
            $"No 'shared/reference/pabulib' folder in any ancestor of {AppContext.BaseDirectory}; the reference data is required.");
    }
}
