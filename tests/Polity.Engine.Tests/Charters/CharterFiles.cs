namespace Polity.Engine.Tests.Charters;

/// <summary>Finds files of the repository (examples, docs) from the test's output directory.</summary>
internal static class CharterFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot, relativePath));

    public static string Example => Read("examples/charters/commons-fund.yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Polity.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Polity.slnx above {AppContext.BaseDirectory}");
    }
}
