using Polity.Core.Primitives;
using Polity.Server.Auth;

namespace Polity.Server.Tests;

/// <summary>The EIP-4361 message format: the specification's example parses, and what we write reads back.</summary>
public sealed class SiweMessageTests
{
    // From EIP-4361's example message.
    private const string SpecExample = """
        service.invalid wants you to sign in with your Ethereum account:
        0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2

        I accept the ServiceOrg Terms of Service: https://service.invalid/tos

        URI: https://service.invalid/login
        Version: 1
        Chain ID: 1
        Nonce: 32891756
        Issued At: 2021-09-30T16:25:24Z
        Resources:
        - ipfs://bafybeiemxf5abjwjbikoz4mc3a3dla6ual3jsgpdr4cjr3oz3evfyavhwq/
        - https://example.com/my-web2-claim.json
        """;

    [Fact]
    public void The_specification_example_parses()
    {
        var m = SiweMessage.TryParse(SpecExample, out var error).ShouldNotBeNull(error);
        m.Domain.ShouldBe("service.invalid");
        m.Address.ShouldBe(new Address("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2"));
        m.Statement.ShouldBe("I accept the ServiceOrg Terms of Service: https://service.invalid/tos");
        m.Uri.ShouldBe("https://service.invalid/login");
        m.ChainId.ShouldBe(1);
        m.Nonce.ShouldBe("32891756");
        m.IssuedAt.ShouldBe(new DateTimeOffset(2021, 9, 30, 16, 25, 24, TimeSpan.Zero));
        m.ExpirationTime.ShouldBeNull();
    }

    [Fact]
    public void A_written_message_reads_back_the_same()
    {
        var at = new DateTimeOffset(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
        var written = new SiweMessage("127.0.0.1:5000", new Address("0x1e8d4bc6ee4cac10afaf86bbed853cf483eabf65"), null, "http://127.0.0.1:5000/", 1,
            "0123456789abcdef", at, at.AddMinutes(10), null);
        SiweMessage.TryParse(written.ToText(), out _).ShouldBe(written);
    }

    [Theory]
    [InlineData("hello", "not a Sign-In with Ethereum message")]
    [InlineData("x wants you to sign in with your Ethereum account:\nnot-an-address\n\nURI: a\nVersion: 1\nChain ID: 1\nNonce: 12345678\nIssued At: 2021-09-30T16:25:24Z", "not an address")]
    [InlineData("x wants you to sign in with your Ethereum account:\n0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\nURI: a\nVersion: 2\nChain ID: 1\nNonce: 12345678\nIssued At: 2021-09-30T16:25:24Z", "Version 1")]
    [InlineData("x wants you to sign in with your Ethereum account:\n0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\nURI: a\nVersion: 1\nChain ID: 1\nNonce: short\nIssued At: 2021-09-30T16:25:24Z", "nonce")]
    [InlineData("x wants you to sign in with your Ethereum account:\n0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2\n\nVersion: 1\nURI: a\nChain ID: 1\nNonce: 12345678\nIssued At: 2021-09-30T16:25:24Z", "out-of-order")]
    public void A_malformed_message_is_refused_with_the_reason(string text, string reason)
    {
        SiweMessage.TryParse(text, out var error).ShouldBeNull();
        error.ShouldContain(reason);
    }
}
