namespace Polity.Core.Events;

/// <summary>
/// A charter amendment's simulation report, attached by reference: the report stays a file (or anywhere the
/// network publishes it); the log keeps its hash, the hash of the charter it simulated, and one line.
/// </summary>
/// <param name="ReportSha256">Lowercase hex SHA-256 of the report file's bytes.</param>
/// <param name="CharterSha256">Lowercase hex SHA-256 of the simulated charter's source (UTF-8); it must be the charter the proposal adopts.</param>
/// <param name="Summary">The report's one-line summary (what would change), at most 300 characters.</param>
public sealed record SimulationAttachment(string ReportSha256, string CharterSha256, string Summary)
{
    /// <summary>Lowercase hex SHA-256 of a charter's source text, as <see cref="CharterSha256"/> holds it.</summary>
    public static string HashOf(CharterVersion charter)
    {
        ArgumentNullException.ThrowIfNull(charter);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(charter.Source)));
    }
}
