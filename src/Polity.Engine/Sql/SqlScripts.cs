using System.Reflection;

namespace Polity.Engine.Sql;

/// <summary>Reads the SQL scripts embedded in this assembly.</summary>
internal static class SqlScripts
{
    public static string Read(string name)
    {
        var resource = $"Polity.Engine.Sql.{name.Replace('/', '.')}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded script {resource} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
