using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Polity.Server.Apis;
using Polity.Server.Auth;

namespace Polity.Server.Tests;

/// <summary>Pure pieces: password hashes, the rejection-to-status map, ballots from forms.</summary>
public sealed class UnitTests
{
    [Fact]
    public void A_password_hash_verifies_only_its_password()
    {
        var hash = PasswordHash.Hash("correct horse", iterations: 1_000);
        hash.ShouldStartWith("pbkdf2-sha256$1000$");
        PasswordHash.Verify("correct horse", hash).ShouldBeTrue();
        PasswordHash.Verify("correct hors", hash).ShouldBeFalse();
        PasswordHash.Verify("correct horse", "pbkdf2-sha256$x$y$z").ShouldBeFalse();
        PasswordHash.Hash("correct horse", iterations: 1_000).ShouldNotBe(hash, "each hash has its own salt");
    }

    [Theory]
    [InlineData("not-in-electorate", 403)]
    [InlineData("not-author", 403)]
    [InlineData("bad-signature", 401)]
    [InlineData("bad-ballot", 422)]
    [InlineData("unknown-proposal", 422)]
    [InlineData("voting-closed", 409)]
    [InlineData("already-voted", 409)]
    [InlineData("replayed", 409)]
    public void Rejection_codes_map_to_http_statuses(string code, int status) => Problems.StatusFor(code).ShouldBe(status);

    [Fact]
    public void Rank_fields_become_a_preference_order()
    {
        var form = new FormCollection(new Dictionary<string, StringValues> { ["rank:a"] = "2", ["rank:b"] = "1", ["rank:c"] = "" });
        var ballot = FormApis.BallotFrom(form, 4);
        ballot.Proposal.ShouldBe(4);
        ballot.Choices.ShouldBe(["b", "a"]);
        ballot.Amounts.ShouldBeNull();
    }

    [Fact]
    public void Amount_fields_become_numbers_per_option()
    {
        var form = new FormCollection(new Dictionary<string, StringValues> { ["amount:x"] = "3", ["amount:y"] = "1" });
        var ballot = FormApis.BallotFrom(form, 1);
        ballot.Choices.ShouldBe(["x", "y"]);
        ballot.Amounts.ShouldBe([3L, 1L]);
    }

    [Fact]
    public void Choice_fields_become_choices_and_a_bad_number_is_bad_input()
    {
        FormApis.BallotFrom(new FormCollection(new Dictionary<string, StringValues> { ["choice"] = new(["for", "against"]) }), 1).Choices.ShouldBe(["for", "against"]);
        Should.Throw<ApiInputException>(() => FormApis.BallotFrom(new FormCollection(new Dictionary<string, StringValues> { ["amount:x"] = "three" }), 1));
    }
}
