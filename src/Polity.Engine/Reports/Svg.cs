using System.Globalization;
using System.Security;

namespace Polity.Engine.Reports;

/// <summary>
/// Small helpers shared by the SVG and HTML writers: escaping, invariant coordinates and a palette.
/// Coordinates are layout only (never amounts), rounded to two decimals so the output is byte-stable.
/// </summary>
internal static class Svg
{
    /// <summary>Colours that stay distinguishable for common colour-vision deficiencies (Okabe–Ito).</summary>
    public static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    /// <summary>Text escaped for XML content and attribute values.</summary>
    public static string X(string text) => SecurityElement.Escape(text) ?? "";

    /// <summary>A coordinate in invariant form with at most two decimals.</summary>
    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>The opening of a standalone SVG document.</summary>
    public static string Open(double width, double height, string title) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\" " +
        $"font-family=\"system-ui, sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"{X(title)}\">\n<title>{X(title)}</title>\n";

    /// <summary>A colour of the palette for index <paramref name="i"/>.</summary>
    public static string Colour(int i) => Palette[i % Palette.Length];
}
