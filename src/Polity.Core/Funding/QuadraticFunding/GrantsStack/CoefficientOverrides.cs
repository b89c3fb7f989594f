using System.Globalization;

namespace Polity.Core.Funding.QuadraticFunding.GrantsStack;

/// <summary>
/// Parses the indexer's coefficient-overrides CSV: a header with <c>id</c> and <c>coefficient</c> columns, then one
/// vote id and a non-negative decimal coefficient per line. A bad file is a user error, returned as a message.
/// </summary>
public static class CoefficientOverrides
{
    /// <summary>Parses <paramref name="csv"/>; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static IReadOnlyDictionary<string, decimal>? Parse(string csv, out string error)
    {
        ArgumentNullException.ThrowIfNull(csv);
        error = "";
        var lines = csv.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count == 0)
        {
            error = "the overrides file is empty";
            return null;
        }
        var header = lines[0].Split(',').Select(h => h.Trim()).ToList();
        var idColumn = header.IndexOf("id");
        var coefficientColumn = header.IndexOf("coefficient");
        if (idColumn < 0 || coefficientColumn < 0)
        {
            error = $"the overrides file needs 'id' and 'coefficient' columns, found '{lines[0]}'";
            return null;
        }
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',').Select(c => c.Trim()).ToList();
            if (cells.Count != header.Count
                || !decimal.TryParse(cells[coefficientColumn], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var coefficient))
            {
                error = $"bad overrides line '{line}': the coefficient must be a non-negative number";
                return null;
            }
            result[cells[idColumn]] = coefficient;
        }
        return result;
    }
}
