using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Engine;
using Polity.Engine.Keys;
using Polity.Engine.Serialization;
using Polity.Ledger;
using Polity.Server.Auth;
using Polity.Server.Hosting;

namespace Polity.Server.Apis;

/// <summary>
/// The two write paths, landing in the same log: a custodial session's command, which the server signs with the
/// member's server-held key, and a wallet's signed envelope, appended as signed. Both pass the same rules.
/// </summary>
public sealed class Writes(NetworkHost host, Custodians custodians)
{
    /// <summary>Signs <paramref name="build"/>'s event for the signed-in custodial member and appends it.</summary>
    public async Task<IResult> AppendAsync(HttpContext http, Func<NetworkState, Address, PolityEvent> build, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        return (await CustodialAsync(http.User, build, ct)).ToResult();
    }

    /// <summary>The custodial write, as an outcome the API and the web forms each present their own way.</summary>
    public async Task<WriteOutcome> CustodialAsync(System.Security.Claims.ClaimsPrincipal user, Func<NetworkState, Address, PolityEvent> build, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (Member.Of(user) is not { } member)
        {
            return WriteOutcome.Problem(StatusCodes.Status401Unauthorized, "sign-in-needed", "sign in first: Sign-In with Ethereum or a custodial password");
        }
        if (member.Mode != Member.Custodial)
        {
            return WriteOutcome.Problem(StatusCodes.Status403Forbidden, "wallet-signs",
                "a wallet signs its own events: POST the same body to this route's /typed-data, sign the typed data, and POST the envelope to /api/events");
        }
        PolityEvent e;
        try
        {
            e = build(await host.StateAsync(ct), member.Address);
        }
        catch (Exception ex) when (ex is EventFormatException or ApiInputException or FormatException or ArgumentException)
        {
            return WriteOutcome.Problem(StatusCodes.Status400BadRequest, "bad-input", ex.Message);
        }
        Engine.Signing.IEventSigner signer;
        try
        {
            signer = custodians.Signer(member.Address);
        }
        catch (KeyRingException ex)
        {
            return WriteOutcome.Problem(StatusCodes.Status403Forbidden, "no-custodial-key", $"the server holds no usable key for {member.Address}: {ex.Message}");
        }
        return WriteOutcome.Of(await host.SubmitAsync(e, signer, ct));
    }

    /// <summary>
    /// The EIP-712 typed data a wallet signs for <paramref name="build"/>'s event, with the time to sign for; the author is
    /// the signed-in member, or <paramref name="author"/> for clients that sign without a session.
    /// </summary>
    public async Task<IResult> TypedDataAsync(HttpContext http, string? author, Func<NetworkState, Address, PolityEvent> build, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        Address who;
        if (Member.Of(http.User) is { } member)
        {
            who = member.Address;
        }
        else if (!Address.TryParse(author, out who))
        {
            return Problems.BadInput("sign in, or say who signs with ?author=0x…");
        }
        var (e, bad) = await BuildAsync(build, who, ct);
        if (bad is not null)
        {
            return bad;
        }
        var state = await host.StateAsync(ct);
        var (type, payload) = EventCodec.Encode(e!);
        var time = await host.NextTimeAsync(ct);
        return TypedResults.Ok(new TypedDataView(type, payload, who, time, EventSigning.TypedData(state.Network, time, type, who.Value, payload)));
    }

    /// <summary>Appends an envelope a wallet signed; the signature is its own authentication.</summary>
    public async Task<IResult> AppendSignedAsync(SignedEnvelope? envelope, CancellationToken ct)
    {
        if (envelope is null || envelope.Payload is null || string.IsNullOrEmpty(envelope.Type) || string.IsNullOrEmpty(envelope.Signature))
        {
            return Problems.BadInput("expected {type, payload, author, time, signature}");
        }
        if (EventNames.TypeOf(envelope.Type) == typeof(NetworkCreated))
        {
            return Problems.Forbid("a network is created with 'polity init', not over HTTP", "no-genesis-over-http");
        }
        return WriteOutcome.Of(await host.SubmitSignedAsync(envelope, ct)).ToResult();
    }

    private async Task<(PolityEvent? Event, IResult? Bad)> BuildAsync(Func<NetworkState, Address, PolityEvent> build, Address author, CancellationToken ct)
    {
        var state = await host.StateAsync(ct);
        try
        {
            return (build(state, author), null);
        }
        catch (Exception ex) when (ex is EventFormatException or ApiInputException or FormatException or ArgumentException)
        {
            return (null, Problems.BadInput(ex.Message));
        }
    }
}

/// <summary>What became of a write: appended, or a problem with its HTTP status, code and detail.</summary>
/// <param name="Appended">The appended entry, or null.</param>
/// <param name="Status">HTTP status of the problem.</param>
/// <param name="Code">Problem or rejection code.</param>
/// <param name="Detail">What went wrong.</param>
public sealed record WriteOutcome(AppendedView? Appended, int Status, string Code, string Detail)
{
    /// <summary>A problem.</summary>
    public static WriteOutcome Problem(int status, string code, string detail) => new(null, status, code, detail);

    /// <summary>The outcome of an append.</summary>
    public static WriteOutcome Of(AppendOutcome outcome) => outcome switch
    {
        AppendOutcome.Appended a => new(new AppendedView(a.Seq, a.Hash, EventNames.Of(a.Event)), StatusCodes.Status201Created, "", ""),
        AppendOutcome.Refused r => Problem(Problems.StatusFor(r.Reason.Code), r.Reason.Code, r.Reason.Message),
        _ => throw new InvalidOperationException("unknown outcome"),
    };

    /// <summary>As an HTTP result: 201 with the entry, or a problem.</summary>
    public IResult ToResult() => Appended is { } a
        ? TypedResults.Created($"/api/log/{a.Seq}", a)
        : Problems.Problem(Status, Status switch
        {
            StatusCodes.Status400BadRequest => "Bad input",
            StatusCodes.Status401Unauthorized => "Not authenticated",
            StatusCodes.Status403Forbidden => "Not allowed",
            _ => "Refused by the rules",
        }, Detail, Code);
}

/// <summary>What a wallet signs: the event and the EIP-712 typed data (for <c>eth_signTypedData_v4</c>).</summary>
/// <param name="Type">Event wire name.</param>
/// <param name="Payload">Event body.</param>
/// <param name="Author">Who signs.</param>
/// <param name="Time">The time to sign for.</param>
/// <param name="TypedData">The typed data.</param>
public sealed record TypedDataView(string Type, JsonObject Payload, Address Author, long Time, JsonObject TypedData);

/// <summary>An appended event.</summary>
/// <param name="Seq">Its position.</param>
/// <param name="Hash">Its entry hash.</param>
/// <param name="Type">Its wire name.</param>
public sealed record AppendedView(long Seq, string Hash, string Type);

/// <summary>A request body the API cannot turn into an event (400).</summary>
public sealed class ApiInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ApiInputException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public ApiInputException() { }

    /// <summary>Creates the exception.</summary>
    public ApiInputException(string message, Exception inner) : base(message, inner) { }
}
