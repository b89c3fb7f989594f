using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Core.Voting;
using Polity.Server.Auth;

namespace Polity.Server.Apis;

/// <summary>
/// What the web pages' forms post to (plain HTML forms with an antiforgery token, so they work without scripts):
/// each does the custodial write and redirects back with <c>?msg=</c> or <c>?error=</c>.
/// </summary>
public static class FormApis
{
    /// <summary>Maps the form routes.</summary>
    public static IEndpointRouteBuilder MapPolityForms(this IEndpointRouteBuilder app)
    {
        var ui = app.MapGroup("/ui").ExcludeFromDescription();
        ui.MapPost("/sign-in", async (HttpContext http, IFormCollection form, Custodians custodians) =>
        {
            var back = Back(form, "/");
            return custodians.CheckPassword(form["name"].ToString(), form["password"].ToString()) is { } who
                ? await SignedInAsync(http, new Member(who, Member.Custodial), back)
                : Results.LocalRedirect(With("/sign-in", "error", "Unknown name or wrong password."));
        });
        ui.MapPost("/sign-out", async (HttpContext http, IFormCollection form) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect(With(Back(form, "/"), "msg", "Signed out."));
        });
        Write(ui, "/proposals", (_, form) => (state, _) => new ProposalCreated(form["type"].ToString(), form["title"].ToString(),
            form["body"].ToString(), DraftForm.Options(form, state), []));
        Write(ui, "/proposals/{id:long}/{step}", (http, form) =>
        {
            var id = RouteId(http);
            var step = http.Request.RouteValues["step"] as string;
            return (state, _) => step switch
            {
                "submit" => new ProposalSubmitted(id),
                "queue" => state.Proposals.TryGetValue(id, out var p) && p.Rules is not null ? Lifecycle.QueueEvent(p, state.Now) : new ProposalQueued(id, [], 0),
                "execute" => new ProposalExecuted(id),
                "comment" => new CommentPosted(id, form["kind"].ToString() is { Length: > 0 } kind ? kind : Comment.Plain, form["text"].ToString(), 0),
                "vote" => BallotFrom(form, id),
                _ => throw new ApiInputException($"unknown step '{step}'"),
            };
        });
        Write(ui, "/grants/{id:long}/review", (http, form) => (_, _) => new GrantReviewed(RouteId(http), form["eligible"] == "yes", form["note"].ToString()));
        return app;
    }

    /// <summary>
    /// The ballot a form describes: <c>choice</c> fields (radio or checkboxes), or <c>rank:OPTION</c> numbers (1 = first;
    /// blanks left out), or <c>amount:OPTION</c> numbers (score, star, quadratic, weighted, conviction).
    /// </summary>
    public static BallotCast BallotFrom(IFormCollection form, long proposal)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ranks = Numbered(form, "rank:");
        if (ranks.Count > 0)
        {
            return new BallotCast(proposal, ranks.OrderBy(r => r.Value).Select(r => r.Option).ToList());
        }
        var amounts = Numbered(form, "amount:");
        if (amounts.Count > 0)
        {
            return new BallotCast(proposal, amounts.Select(a => a.Option).ToList(), amounts.Select(a => a.Value).ToList());
        }
        return new BallotCast(proposal, form["choice"].Where(c => !string.IsNullOrEmpty(c)).Select(c => c!).ToList());
    }

    private static List<(string Option, long Value)> Numbered(IFormCollection form, string prefix)
    {
        var found = new List<(string, long)>();
        foreach (var key in form.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var text = form[key].ToString().Trim();
            if (text.Length == 0)
            {
                continue;
            }
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw new ApiInputException($"'{text}' for {key[prefix.Length..]} is not a whole number");
            }
            found.Add((key[prefix.Length..], value));
        }
        return found;
    }

    /// <summary>
    /// Maps a form write (custodial: the server signs, then redirects back) and its <c>/typed-data</c> twin, which a
    /// wallet session's page script posts the same form to, signs with <c>eth_signTypedData_v4</c>, and sends to /api/events.
    /// </summary>
    private static void Write(RouteGroupBuilder ui, string pattern, Func<HttpContext, IFormCollection, Func<NetworkState, Address, PolityEvent>> build)
    {
        ui.MapPost(pattern, (HttpContext http, IFormCollection form, Writes writes, CancellationToken ct) => WriteAsync(http, form, writes, build(http, form), ct));
        ui.MapPost(pattern + "/typed-data", (HttpContext http, IFormCollection form, Writes writes, CancellationToken ct) =>
            writes.TypedDataAsync(http, null, build(http, form), ct));
    }

    private static long RouteId(HttpContext http) =>
        long.Parse((string)http.Request.RouteValues["id"]!, NumberStyles.None, CultureInfo.InvariantCulture);

    private static async Task<IResult> WriteAsync(HttpContext http, IFormCollection form, Writes writes,
        Func<NetworkState, Address, PolityEvent> build, CancellationToken ct)
    {
        var back = Back(form, http.Request.Path.Value ?? "/");
        var outcome = await writes.CustodialAsync(http.User, build, ct);
        if (outcome.Status == StatusCodes.Status401Unauthorized)
        {
            return Results.LocalRedirect(With("/sign-in", "returnUrl", back));
        }
        return Results.LocalRedirect(outcome.Appended is { } a
            ? With(back, "msg", $"Done: event #{a.Seq} ({a.Type}) is in the log.")
            : With(back, "error", $"{outcome.Detail} ({outcome.Code})"));
    }

    private static async Task<IResult> SignedInAsync(HttpContext http, Member member, string back)
    {
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, member.ToPrincipal());
        return Results.LocalRedirect(With(back, "msg", "Signed in."));
    }

    /// <summary>Where to go back to: the form's local <c>returnUrl</c>, or <paramref name="fallback"/>.</summary>
    private static string Back(IFormCollection form, string fallback)
    {
        var url = form["returnUrl"].ToString();
        return url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal) ? url.Split('?')[0] : fallback;
    }

    private static string With(string path, string key, string value) => $"{path}?{key}={Uri.EscapeDataString(value)}";
}
