using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Polity.Core.Primitives;
using Polity.Engine.Views;
using Polity.Server.Auth;
using Polity.Server.Hosting;

namespace Polity.Server.Apis;

/// <summary>Sign-in: Sign-In with Ethereum (EIP-4361) for wallet members, a password for custodial members; cookie sessions.</summary>
public static class AuthApis
{
    /// <summary>Maps the sign-in routes.</summary>
    public static IEndpointRouteBuilder MapPolityAuth(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Sign-in");
        api.MapGet("/nonce", (HttpContext http, SiweVerifier siwe, TimeProvider time, string? address) =>
        {
            var nonce = siwe.NewNonce();
            var message = Address.TryParse(address, out var who) ? Message(http, who, nonce, time).ToText() : null;
            return TypedResults.Ok(new NonceView(nonce, http.Request.Host.Value ?? "", message));
        }).WithSummary("A nonce for Sign-In with Ethereum; with ?address= also the message to sign");
        api.MapPost("/siwe", async (HttpContext http, SiweSignIn body, SiweVerifier siwe) =>
        {
            var (address, error) = siwe.Verify(body.Message ?? "", body.Signature ?? "", http.Request.Host.Value ?? "");
            if (address is not { } who)
            {
                return Problems.Problem(StatusCodes.Status401Unauthorized, "Sign-in refused", error, "siwe-refused");
            }
            return await SignInAsync(http, new Member(who, Member.Wallet));
        }).WithSummary("Sign in with an EIP-4361 message and its personal_sign signature");
        api.MapPost("/password", async (HttpContext http, PasswordSignIn body, Custodians custodians) =>
            custodians.CheckPassword(body.Name ?? "", body.Password ?? "") is { } who
                ? await SignInAsync(http, new Member(who, Member.Custodial))
                : Problems.Problem(StatusCodes.Status401Unauthorized, "Sign-in refused", "unknown name or wrong password", "password-refused"))
            .WithSummary("Sign in as a custodial member with the key's name (or address) and password");
        api.MapPost("/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).WithSummary("End the session");
        api.MapGet("/me", async (HttpContext http, NetworkHost host, CancellationToken ct) =>
            Member.Of(http.User) is { } member ? TypedResults.Ok(await MeAsync(member, host, ct)) : Problems.SignInNeeded())
            .WithSummary("Who this session is");
        return app;
    }

    /// <summary>The EIP-4361 message this server asks <paramref name="who"/> to sign.</summary>
    public static SiweMessage Message(HttpContext http, Address who, string nonce, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var host = http.Request.Host.Value ?? "";
        return new SiweMessage(host, who, "Sign in to Polity.", $"{http.Request.Scheme}://{host}/", 1, nonce,
            DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()), DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds()).AddMinutes(10), null);
    }

    /// <summary>Starts a cookie session for <paramref name="member"/>.</summary>
    public static async Task<IResult> SignInAsync(HttpContext http, Member member)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(member);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, member.ToPrincipal());
        return TypedResults.Ok(new MeView(member.Address, member.Mode, "", []));
    }

    private static async Task<MeView> MeAsync(Member member, NetworkHost host, CancellationToken ct)
    {
        var s = await host.StateAsync(ct);
        return new MeView(member.Address, member.Mode, Views.Name(s, member.Address), s.HousesOf(member.Address).ToList());
    }
}

/// <summary>A Sign-In with Ethereum request.</summary>
/// <param name="Message">The EIP-4361 text as signed.</param>
/// <param name="Signature">0x-hex personal_sign signature.</param>
public sealed record SiweSignIn(string? Message, string? Signature);

/// <summary>A custodial sign-in request.</summary>
/// <param name="Name">Key name or address.</param>
/// <param name="Password">Password.</param>
public sealed record PasswordSignIn(string? Name, string? Password);

/// <summary>A nonce, and the message to sign when the address was given.</summary>
/// <param name="Nonce">The nonce.</param>
/// <param name="Domain">The domain the message must name.</param>
/// <param name="Message">The full message, or null.</param>
public sealed record NonceView(string Nonce, string Domain, string? Message);

/// <summary>The signed-in member.</summary>
/// <param name="Address">Address.</param>
/// <param name="Mode">wallet or custodial.</param>
/// <param name="Name">Stakeholder name.</param>
/// <param name="Houses">Houses they belong to.</param>
public sealed record MeView(Address Address, string Mode, string Name, IReadOnlyList<string> Houses);
