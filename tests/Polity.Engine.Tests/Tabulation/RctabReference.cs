namespace Polity.Engine.Tests.Tabulation;

/// <summary>Finds <c>shared/reference</c> in the nearest ancestor of the test binaries; its absence fails the test.</summary>
internal static class RctabReference
{
    private static readonly Lazy<string> Located = new(Locate);

    public static string Root => Located.Value;

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
            $"No 'shared/reference' folder in any ancestor of {AppContext.BaseDirectory}; the RCTab cases are required.");
    }
}
