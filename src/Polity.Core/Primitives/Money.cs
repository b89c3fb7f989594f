using System.Globalization;

namespace Polity.Core.Primitives;

/// <summary>
/// Converts between an asset's major units as people write them (<c>12000.50</c>) and the exact whole
/// minor units the domain counts in. Conversion never rounds: more decimals than the asset has is an error.
/// </summary>
public static class Money
{
    /// <summary>Largest amount the log carries exactly: JSON numbers are IEEE doubles (RFC 8785), exact to 2^53 − 1.</summary>
    public const long MaxMinorUnits = (1L << 53) - 1;

    /// <summary>Parses a major-unit amount into minor units.</summary>
    public static bool TryToMinor(string text, int decimals, out long minor, out string error)
    {
        minor = 0;
        error = "";
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var major))
        {
            error = $"'{text}' is not an amount such as 1200 or 1200.50";
            return false;
        }
        var scaled = major;
        for (var i = 0; i < decimals; i++)
        {
            scaled *= 10;
        }
        if (scaled != decimal.Truncate(scaled))
        {
            error = $"'{text}' has more than the asset's {decimals} decimals";
            return false;
        }
        if (scaled > MaxMinorUnits)
        {
            error = $"'{text}' is too large";
            return false;
        }
        minor = (long)scaled;
        return true;
    }

    /// <summary>Formats minor units as major units with all the asset's decimals (<c>12000.50</c>).</summary>
    public static string Format(long minor, int decimals)
    {
        var major = (decimal)minor;
        for (var i = 0; i < decimals; i++)
        {
            major /= 10;
        }
        return major.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
