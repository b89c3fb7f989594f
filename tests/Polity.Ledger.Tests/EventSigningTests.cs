using System.Text.Json;
using System.Text.Json.Nodes;

namespace Polity.Ledger.Tests;

public sealed class EventSigningTests
{
    private static readonly byte[] Key = TestChain.Key(1);
    private static readonly JsonObject Payload = TestChain.Payload(5);

    [Fact]
    public void Hand_encoded_digest_equals_general_eip712_over_the_typed_data()
    {
        var author = EthKeys.AddressOf(Key);
        var typedData = EventSigning.TypedData("testnet", 1700000000, "v1.vote-cast", author, Payload);

        var general = Eip712.HashTypedData(JsonSerializer.SerializeToElement(typedData));

        EventSigning.Digest("testnet", 1700000000, "v1.vote-cast", author, Payload).ShouldBe(general);
        EventSigning.Digest("testnet", 1700000000, "v1.vote-cast", EthKeys.ToChecksumAddress(author), Payload).ShouldBe(general);
    }

    [Fact]
    public void Typed_data_is_what_a_wallet_expects()
    {
        var typedData = EventSigning.TypedData("testnet", 42, "t", "0x" + new string('a', 40), new JsonObject { ["b"] = 1, ["a"] = true });

        typedData["primaryType"]!.GetValue<string>().ShouldBe("PolityEvent");
        typedData["domain"]!.ToJsonString().ShouldBe("""{"name":"Polity","version":"1"}""");
        typedData["message"]!["payload"]!.GetValue<string>().ShouldBe("""{"a":true,"b":1}""");
        Eip712.EncodeType("PolityEvent", JsonSerializer.SerializeToElement(typedData["types"]))
            .ShouldBe("PolityEvent(string network,uint64 time,string type,address author,string payload)");
    }

    [Fact]
    public void Signs_and_verifies_an_envelope()
    {
        var author = EthKeys.AddressOf(Key);
        var signature = EventSigning.Sign("testnet", 1700000000, "v1.vote-cast", Payload, Key);
        var envelope = new EventEnvelope(1, EventEnvelope.GenesisPrev, 1700000000, "v1.vote-cast", author, Payload, signature);

        signature.Length.ShouldBe(132);
        EventSigning.Verify(envelope, "testnet").ShouldBeTrue();
        EventSigning.Verify(envelope, "othernet").ShouldBeFalse();
        EventSigning.Verify(envelope with { Time = 1700000001 }, "testnet").ShouldBeFalse();
        EventSigning.Verify(envelope with { Type = "v1.other" }, "testnet").ShouldBeFalse();
        EventSigning.Verify(envelope with { Author = EthKeys.AddressOf(TestChain.Key(2)) }, "testnet").ShouldBeFalse();
        EventSigning.Verify(envelope with { Payload = TestChain.Payload(6) }, "testnet").ShouldBeFalse();
        EventSigning.Verify(envelope with { Signature = "0x1234" }, "testnet").ShouldBeFalse();
        EventSigning.Verify(envelope with { Seq = 9, Prev = new string('f', 64) }, "testnet").ShouldBeTrue();
    }

    [Fact]
    public void A_signature_verifies_only_in_its_stored_spelling_lowercase_with_v_27_or_28()
    {
        var author = EthKeys.AddressOf(Key);
        var signature = EventSigning.Sign("testnet", 1700000000, "v1.vote-cast", Payload, Key);
        var envelope = new EventEnvelope(1, EventEnvelope.GenesisPrev, 1700000000, "v1.vote-cast", author, Payload, signature);
        var v = Convert.ToInt32(signature[^2..], 16);
        var withRecoveryId = signature[..^2] + (v - 27).ToString("x2", System.Globalization.CultureInfo.InvariantCulture);

        EventSigning.Verify(envelope, "testnet").ShouldBeTrue();
        EventSigning.Verify(envelope with { Signature = "0x" + signature[2..].ToUpperInvariant() }, "testnet").ShouldBeFalse();
        EventSigning.Verify(envelope with { Signature = withRecoveryId }, "testnet").ShouldBeFalse();
    }

    [Fact]
    public void Signature_is_what_a_wallet_produces_over_the_general_digest()
    {
        var author = EthKeys.AddressOf(Key);
        var typedData = JsonSerializer.SerializeToElement(EventSigning.TypedData("n", 3, "t", author, Payload));

        var walletSignature = "0x" + Hashing.ToHex(EthKeys.Sign(Eip712.HashTypedData(typedData), Key));

        EventSigning.Sign("n", 3, "t", Payload, Key).ShouldBe(walletSignature);
    }

    [Fact]
    public void Refuses_negative_time() =>
        Should.Throw<ArgumentOutOfRangeException>(() => EventSigning.Digest("n", -1, "t", "0x" + new string('a', 40), Payload));
}
