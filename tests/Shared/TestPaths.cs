namespace Polity.Testing;

/// <summary>
/// Where the test binaries find the repository and the shared reference data. Compiled into every test
/// project (tests/Directory.Build.props). A missing folder fails the test: reference checks never skip.
/// </summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Repository = new(() => Ancestor(dir => File.Exists(Path.Combine(dir, "Polity.slnx")), "Polity.slnx"));

    private static readonly Lazy<string> ReferenceFolder = new(() => Path.Combine(Ancestor(dir => Directory.Exists(Path.Combine(dir, "shared", "reference")), "shared/reference"), "shared", "reference"));

    /// <summary>The repository root (the folder holding Polity.slnx).</summary>
    public static string RepositoryRoot => Repository.Value;

    /// <summary>The shared reference data folder (<c>…/shared/reference</c>, beside the checkout).</summary>
    public static string ReferenceRoot => ReferenceFolder.Value;

    /// <summary>A path under the shared reference folder.</summary>
    public static string Reference(string relative) => Path.Combine(ReferenceRoot, relative);

    private static string Ancestor(Func<string, bool> holds, string what)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (holds(dir.FullName))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No '{what}' in any ancestor of {AppContext.BaseDirectory}; the tests require it.");
    }
}
