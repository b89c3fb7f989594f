namespace Polity.Server.Tests;

/// <summary>The inlined stylesheet reaches the browser as CSS, not HTML-encoded text (which no browser applies).</summary>
public sealed class StylesheetTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Every_page_carries_the_stylesheet_unencoded()
    {
        using var client = server.Client();
        var html = await client.GetStringAsync("/");
        var style = html[(html.IndexOf("<style>", StringComparison.Ordinal) + "<style>".Length)..html.IndexOf("</style>", StringComparison.Ordinal)];
        style.ShouldContain("\nheader{background:#12355b");
        style.ShouldContain("\"Segoe UI\"");
        style.ShouldNotContain("&#x");
        style.ShouldNotContain("&quot;");
    }
}
