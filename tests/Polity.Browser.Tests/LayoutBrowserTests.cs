using Polity.Server.Tests;

namespace Polity.Browser.Tests;

/// <summary>Every page on a 375-px-wide phone: no sideways scrolling, and every form field and button has a name a screen reader reads.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutBrowserTests(BrowserFixture browser)
{
    private const int Phone = 375;

    /// <summary>Form fields with no accessible name: no label, no aria-label(ledby), no title; and buttons with no text.</summary>
    private const string Unlabelled = """
        () => [
          ...[...document.querySelectorAll('input, select, textarea')]
            .filter(e => e.type !== 'hidden')
            .filter(e => ![...(e.labels || [])].some(l => l.textContent.trim()) && !e.getAttribute('aria-label')
              && !(e.getAttribute('aria-labelledby') || '').split(' ').some(id => document.getElementById(id)?.textContent.trim())
              && !e.title),
          ...[...document.querySelectorAll('button')].filter(b => !b.textContent.trim() && !b.getAttribute('aria-label')),
        ].map(e => e.outerHTML)
        """;

    /// <summary>Elements wider than the window (what makes a page scroll sideways).</summary>
    private const string TooWide = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          return [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > width + 0.5)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')).slice(0, 10);
        }
        """;

    [Fact]
    public async Task Every_page_fits_a_375_px_screen_and_names_every_field_for_a_visitor_and_a_member()
    {
        var id = await browser.Server.OpenVotingAsync("Shade trees on the river walk");
        string[] pages = ["/", "/houses", "/proposals", $"/proposals/{id}", "/treasury", "/grants", "/log", "/log/1", "/rounds", "/map", "/metrics", "/sign-in"];

        await using var visitor = await browser.OpenAsync("phone-visitor", Phone);
        await using var member = await browser.OpenAsync("phone-member", Phone);
        await member.SignInWithPasswordAsync("pw-c2", login: "c2");
        foreach (var person in new[] { visitor, member })
        {
            foreach (var path in pages)
            {
                await person.GoAsync(path);
                await person.ShotAsync(path == "/" ? "home" : path.Trim('/').Replace('/', '-'));
                (await person.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('header')).backgroundColor"))
                    .ShouldBe("rgb(18, 53, 91)", $"{path}: the stylesheet does not apply");
                (await person.Page.EvaluateAsync<string[]>(TooWide)).ShouldBeEmpty($"{path} scrolls sideways at {Phone} px for {person.Name}");
                (await person.Page.EvaluateAsync<string[]>(Unlabelled)).ShouldBeEmpty($"{path} has fields without a name for {person.Name}");
            }
        }
    }
}
