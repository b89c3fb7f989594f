namespace Polity.Engine.Charters;

/// <summary>Dot paths as <see cref="Polity.Core.Charters.CharterProblem"/> writes them: keys from the root, list items by index.</summary>
internal static class Paths
{
    public static string Child(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

    public static string Parent(string path)
    {
        var dot = path.LastIndexOf('.');
        return dot < 0 ? "" : path[..dot];
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="ancestor"/> or lies under it.</summary>
    public static bool IsAtOrUnder(string path, string ancestor) =>
        ancestor.Length == 0
        || path == ancestor
        || (path.Length > ancestor.Length && path.StartsWith(ancestor, StringComparison.Ordinal) && path[ancestor.Length] == '.');

    /// <summary>"in houses.funders", or "at the top level" for the root.</summary>
    public static string Where(string path) => path.Length == 0 ? "at the top level" : $"in {path}";
}
