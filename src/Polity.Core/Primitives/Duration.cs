using System.Globalization;

namespace Polity.Core.Primitives;

/// <summary>A whole number of seconds written as <c>7d</c>, <c>12h</c>, <c>30m</c>, <c>45s</c>, <c>2w</c> or combined (<c>1d12h</c>).</summary>
public readonly record struct Duration(long Seconds)
{
    /// <summary>No time.</summary>
    public static Duration Zero { get; } = new(0);

    /// <summary>Days.</summary>
    public static Duration FromDays(long days) => new(days * 86_400);

    /// <summary>Parses the compact form; a bare number is seconds.</summary>
    public static bool TryParse(string? text, out Duration duration)
    {
        duration = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        text = text.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var bare))
        {
            duration = new Duration(bare);
            return true;
        }
        long total = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            if (i == start || i == text.Length)
            {
                return false;
            }
            var n = long.Parse(text.AsSpan(start, i - start), CultureInfo.InvariantCulture);
            long unit = text[i] switch
            {
                'w' => 604_800,
                'd' => 86_400,
                'h' => 3_600,
                'm' => 60,
                's' => 1,
                _ => 0,
            };
            if (unit == 0)
            {
                return false;
            }
            total = checked(total + n * unit);
            i++;
        }
        duration = new Duration(total);
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/>.</summary>
    public static Duration Parse(string text) =>
        TryParse(text, out var d) ? d : throw new FormatException($"'{text}' is not a duration such as 7d, 12h, 30m");

    /// <summary>The compact form, largest units first.</summary>
    public override string ToString()
    {
        if (Seconds == 0)
        {
            return "0s";
        }
        var rest = Seconds;
        var parts = new System.Text.StringBuilder();
        foreach (var (unit, suffix) in new[] { (86_400L, 'd'), (3_600L, 'h'), (60L, 'm'), (1L, 's') })
        {
            if (rest >= unit)
            {
                parts.Append(CultureInfo.InvariantCulture, $"{rest / unit}{suffix}");
                rest %= unit;
            }
        }
        return parts.ToString();
    }
}
