using System.Security.Claims;
using Polity.Core.Primitives;

namespace Polity.Server.Auth;

/// <summary>Who a signed-in session is: an address and how they signed in.</summary>
/// <param name="Address">The stakeholder's address.</param>
/// <param name="Mode"><see cref="Wallet"/> or <see cref="Custodial"/>.</param>
public sealed record Member(Address Address, string Mode)
{
    /// <summary>Signed in with Sign-In with Ethereum: signs their own events.</summary>
    public const string Wallet = "wallet";

    /// <summary>Signed in with a password: the server signs with their server-held key.</summary>
    public const string Custodial = "custodial";

    /// <summary>The claim carrying the mode.</summary>
    public const string ModeClaim = "polity:mode";

    /// <summary>The session's member, or null when anonymous.</summary>
    public static Member? Of(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
        && Address.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var address)
            ? new Member(address, user.FindFirstValue(ModeClaim) ?? Wallet)
            : null;

    /// <summary>The principal for a session.</summary>
    public ClaimsPrincipal ToPrincipal() => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, Address.Value), new Claim(ModeClaim, Mode)], "polity"));
}
