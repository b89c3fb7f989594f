namespace Polity.Engine.Tests.Charters;

/// <summary>Finds files of the repository (examples, docs) from the test's output directory.</summary>
internal static class CharterFiles
{
    public static string RepositoryRoot => Polity.Testing.TestPaths.RepositoryRoot;

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot, relativePath));

    public static string Example => Read("examples/charters/commons-fund.yaml");
}
