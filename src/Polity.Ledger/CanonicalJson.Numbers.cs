using System.Globalization;

namespace Polity.Ledger;

public static partial class CanonicalJson
{
    private const double MaxSafeInteger = 9007199254740991d;

    /// <summary>
    /// Formats a double as ECMAScript's <c>Number.prototype.toString</c> does (RFC 8785 §3.2.2.3):
    /// shortest round-trip digits, plain notation for 1e-7 &lt; |x| &lt; 1e21, otherwise <c>1e+21</c> style.
    /// </summary>
    /// <param name="value">A finite double; -0 is written as <c>0</c>.</param>
    /// <returns>The number text.</returns>
    /// <exception cref="ArgumentException">The value is NaN or infinite.</exception>
    public static string FormatNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"JSON cannot represent {value}.", nameof(value));
        }

        if (value == 0)
        {
            return "0";
        }

        if (Math.Abs(value) <= MaxSafeInteger && Math.Floor(value) == value)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        // .NET's "R" gives the shortest round-trip digits (closest, ties to even, as ECMAScript
        // requires); only the layout differs, so take the digits and the exponent and lay them out again.
        var text = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var ePos = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = ePos < 0 ? text.AsSpan() : text.AsSpan(0, ePos);
        var exponent = ePos < 0 ? 0 : int.Parse(text.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        Span<char> digits = stackalloc char[32];
        var count = 0;
        var pointPos = (dot < 0 ? mantissa.Length : dot) + exponent;
        foreach (var c in mantissa)
        {
            if (c == '.')
            {
                continue;
            }

            if (count == 0 && c == '0')
            {
                pointPos--;
                continue;
            }

            digits[count++] = c;
        }

        while (count > 1 && digits[count - 1] == '0')
        {
            count--;
        }

        return Layout(value < 0, digits[..count], pointPos);
    }

    // ECMA-262 Number::toString: k digits, value = 0.d1..dk × 10^n.
    private static string Layout(bool negative, ReadOnlySpan<char> digits, int n)
    {
        var k = digits.Length;
        var sb = new System.Text.StringBuilder(k + 8);
        if (negative)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            sb.Append(digits[..n]).Append('.').Append(digits[n..]);
        }
        else if (-6 < n && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits[1..]);
            }

            var e = n - 1;
            sb.Append('e').Append(e < 0 ? '-' : '+').Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }
}
