using System.Text;

namespace Polity.Engine.Reports;

/// <summary>A self-contained HTML page (inline style, no scripts, nothing fetched) around report sections.</summary>
internal static class HtmlPage
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1040px;color:#222;padding:0 1rem}" +
        "table{border-collapse:collapse;margin:1rem 0}th,td{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}" +
        "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}svg{max-width:100%;height:auto}figure{margin:1.5rem 0}" +
        "figcaption{color:#555;font-size:.9rem}";

    /// <summary>A page with a title, an introduction paragraph and the body's HTML.</summary>
    public static string Render(string title, string intro, string body) =>
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append($"<title>{Svg.X(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n")
            .Append($"<h1>{Svg.X(title)}</h1>\n<p>{Svg.X(intro)}</p>\n")
            .Append(body)
            .Append("</body>\n</html>\n")
            .ToString();
}
