namespace Polity.Engine.Tests.Tabulation;

/// <summary>Finds <c>shared/reference</c> in the nearest ancestor of the test binaries; its absence fails the test.</summary>
internal static class RctabReference
{
    public static string Root => Polity.Testing.TestPaths.ReferenceRoot;
}
