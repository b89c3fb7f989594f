using Microsoft.AspNetCore.Http;
using Polity.Core.Rules;

namespace Polity.Server.Apis;

/// <summary>
/// Errors as RFC 9457 problem details. A rule's rejection keeps its code (in <c>code</c> and the <c>type</c> URN):
/// authority codes are 403, input the client can correct is 422, and a refusal because of the log's state is 409.
/// </summary>
public static class Problems
{
    /// <summary>Rejection codes that say the author may not do this.</summary>
    private static readonly HashSet<string> Forbidden = new(StringComparer.Ordinal)
    {
        "not-a-member", "not-author", "not-operator", "not-self", "not-grantee", "not-veto-holder", "not-in-electorate",
        "not-attester", "not-a-proposer", "recused", "conflict-of-interest", "unknown-stakeholder", "action-not-allowed",
    };

    /// <summary>The HTTP status for a rejection code.</summary>
    public static int StatusFor(string code) => code switch
    {
        "bad-signature" => StatusCodes.Status401Unauthorized,
        _ when Forbidden.Contains(code) => StatusCodes.Status403Forbidden,
        _ when code.StartsWith("bad-", StringComparison.Ordinal) || code.StartsWith("unknown-", StringComparison.Ordinal)
            || code.StartsWith("no-", StringComparison.Ordinal) || code.StartsWith("needs-", StringComparison.Ordinal)
            || code.StartsWith("over-", StringComparison.Ordinal) || code is "self-delegation" or "time-ahead" or "network-mismatch"
            => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>A rule's refusal.</summary>
    public static IResult Refused(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return Problem(StatusFor(rejection.Code), "Refused by the rules", rejection.Message, rejection.Code);
    }

    /// <summary>Bad input (400).</summary>
    public static IResult BadInput(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad input", detail, "bad-input");

    /// <summary>Not signed in (401).</summary>
    public static IResult SignInNeeded(string detail = "sign in first: Sign-In with Ethereum or a custodial password") =>
        Problem(StatusCodes.Status401Unauthorized, "Sign-in needed", detail, "sign-in-needed");

    /// <summary>Signed in but not allowed (403).</summary>
    public static IResult Forbid(string detail, string code = "forbidden") => Problem(StatusCodes.Status403Forbidden, "Not allowed", detail, code);

    /// <summary>No such thing (404).</summary>
    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "Not found", detail, "not-found");

    /// <summary>A problem with a code.</summary>
    public static IResult Problem(int status, string title, string detail, string code) =>
        TypedResults.Problem(detail, null, status, title, $"urn:polity:problem:{code}", new Dictionary<string, object?> { ["code"] = code });
}
