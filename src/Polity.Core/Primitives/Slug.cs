namespace Polity.Core.Primitives;

/// <summary>Checks the short names the charter gives houses, decision types, roles and assets.</summary>
public static class Slug
{
    /// <summary>True for a lowercase name of letters, digits and inner hyphens, starting with a letter, at most 64 long.</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 64 || !char.IsAsciiLetterLower(name[0]) || name[^1] == '-')
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }
        return true;
    }
}
