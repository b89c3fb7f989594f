using System.Text.Json;

namespace Polity.Ledger.Tests;

public sealed class Eip712Tests
{
    [Fact]
    public void Matches_all_130_ethers_encodings_and_digests()
    {
        using var doc = ReferenceData.Json("eip712/ethers_typed-data.json.gz");
        var cases = doc.RootElement.EnumerateArray().ToList();
        cases.Count.ShouldBe(130);
        foreach (var c in cases)
        {
            var name = c.GetProperty("name").GetString();
            var types = c.GetProperty("types");
            var primaryType = c.GetProperty("primaryType").GetString()!;
            var data = c.GetProperty("data");

            var encoded = Eip712.EncodeData(primaryType, data, types);
            ("0x" + Hashing.ToHex(encoded)).ShouldBe(c.GetProperty("encoded").GetString(), name);

            var typedData = JsonSerializer.SerializeToElement(new Dictionary<string, JsonElement>
            {
                ["types"] = types,
                ["primaryType"] = c.GetProperty("primaryType"),
                ["domain"] = c.GetProperty("domain"),
                ["message"] = data,
            });
            ("0x" + Hashing.ToHex(Eip712.HashTypedData(typedData))).ShouldBe(c.GetProperty("digest").GetString(), name);
            Eip712.Digest(Eip712.HashDomain(c.GetProperty("domain")), Eip712.HashStruct(primaryType, data, types))
                .ShouldBe(Eip712.HashTypedData(typedData), name);
        }
    }

    [Theory]
    [InlineData("TypedDataUtils.encodeData", 44)]
    [InlineData("TypedDataUtils.hashStruct", 44)]
    public void Matches_metamask_v4_cases_that_ethers_agrees_with(string function, int count)
    {
        var cases = SigUtilCases.Matching(function);
        cases.Count.ShouldBe(count);
        foreach (var c in cases)
        {
            var primaryType = c.GetProperty("primaryType").GetString()!;
            var data = c.GetProperty("data");
            var types = c.GetProperty("types");

            var actual = function.EndsWith("encodeData", StringComparison.Ordinal)
                ? Eip712.EncodeData(primaryType, data, types)
                : Eip712.HashStruct(primaryType, data, types);

            Hashing.ToHex(actual).ShouldBe(c.GetProperty("expected").GetString(), c.GetProperty("name").GetString());
        }
    }

    [Fact]
    public void Matches_the_snapshot_alias_message_digest_and_signer()
    {
        using var fixture = ReferenceData.Json("eip712/snapshot_js/message-alias.json");
        using var expected = ReferenceData.Json("eip712/snapshot_js/expected.json");
        var checks = expected.RootElement.GetProperty("checks").EnumerateArray().Where(c => c.GetProperty("fixture").GetString() == "message-alias.json").ToList();

        var digest = Eip712.HashTypedData(fixture.RootElement.GetProperty("data"));
        var signer = EthKeys.Recover(digest, Hashing.FromHex(fixture.RootElement.GetProperty("sig").GetString()!));

        ("0x" + Hashing.ToHex(digest)).ShouldBe(checks[0].GetProperty("expected").GetString());
        signer.ShouldBe(checks[1].GetProperty("expected").GetString()!.ToLowerInvariant());
        signer.ShouldNotBe(checks[2].GetProperty("address").GetString()!.ToLowerInvariant());
    }

    [Fact]
    public void Encodes_the_mail_example_type_with_sorted_dependencies()
    {
        using var doc = JsonDocument.Parse("""
            {"Mail":[{"name":"from","type":"Person"},{"name":"to","type":"Person[]"},{"name":"contents","type":"string"}],
             "Person":[{"name":"name","type":"string"},{"name":"wallet","type":"address"}],
             "Attachment":[{"name":"x","type":"bytes32"}]}
            """);

        Eip712.EncodeType("Mail", doc.RootElement).ShouldBe("Mail(Person from,Person[] to,string contents)Person(string name,address wallet)");
        Eip712.HashType("Mail", doc.RootElement).ShouldBe(Hashing.Keccak256("Mail(Person from,Person[] to,string contents)Person(string name,address wallet)"u8));
    }

    [Theory]
    [InlineData("uint8", "256")]
    [InlineData("uint8", "-1")]
    [InlineData("int8", "128")]
    [InlineData("int8", "-129")]
    [InlineData("uint256", "1.5")]
    [InlineData("uint256", "\"12a\"")]
    [InlineData("bytes2", "\"0x00\"")]
    [InlineData("bytes", "\"00\"")]
    [InlineData("address", "\"0x1234\"")]
    [InlineData("address", "\"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD827\"")]
    [InlineData("bool", "null")]
    [InlineData("string", "5")]
    [InlineData("uint256[2]", "[1]")]
    [InlineData("uint7", "1")]
    [InlineData("Missing", "1")]
    public void Rejects_values_that_do_not_fit_their_type(string type, string json)
    {
        using var types = JsonDocument.Parse($$"""{"T":[{"name":"v","type":"{{type}}"}]}""");
        using var data = JsonDocument.Parse($$"""{"v":{{json}}}""");

        Should.Throw<ArgumentException>(() => Eip712.EncodeData("T", data.RootElement, types.RootElement));
    }

    [Fact]
    public void Accepts_integers_as_numbers_decimal_strings_and_hex_strings_alike()
    {
        using var types = JsonDocument.Parse("""{"T":[{"name":"v","type":"int64"}]}""");
        byte[] Encode(string json)
        {
            using var data = JsonDocument.Parse($$"""{"v":{{json}}}""");
            return Eip712.EncodeData("T", data.RootElement, types.RootElement);
        }

        Encode("-255").ShouldBe(Encode("\"-255\""));
        Encode("-255").ShouldBe(Encode("\"-0xff\""));
        Encode("1000").ShouldBe(Encode("1e3"));
    }
}
