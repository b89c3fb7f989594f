using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Polity.Ledger.Tests;

public sealed class CanonicalJsonTests
{
    public static TheoryData<string> Cases => new() { "arrays", "french", "structures", "unicode", "values", "weird" };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Canonicalizes_the_rfc8785_reference_case_byte_for_byte(string name)
    {
        var input = ReferenceData.ReadBytes($"jcs_rfc8785/testdata/input/{name}.json");
        var expected = ReferenceData.ReadBytes($"jcs_rfc8785/testdata/output/{name}.json");
        var hex = Encoding.ASCII.GetString(ReferenceData.ReadBytes($"jcs_rfc8785/testdata/outhex/{name}.txt"));

        var actual = CanonicalJson.Canonicalize(input);

        Encoding.UTF8.GetString(actual).ShouldBe(Encoding.UTF8.GetString(expected));
        actual.ShouldBe(expected);
        Convert.FromHexString(string.Concat(hex.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))).ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Serializes_a_json_node_tree_like_the_reference_case(string name)
    {
        var input = ReferenceData.ReadBytes($"jcs_rfc8785/testdata/input/{name}.json");
        var expected = ReferenceData.ReadBytes($"jcs_rfc8785/testdata/output/{name}.json");

        CanonicalJson.Serialize(JsonNode.Parse(input)).ShouldBe(expected);
    }

    [Fact]
    public void Formats_all_100k_es6_number_vectors_exactly()
    {
        var text = Encoding.ASCII.GetString(ReferenceData.ReadGzip("jcs_rfc8785/es6_numbers/es6testfile_first100k.txt.gz"));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(100_000);
        var failures = new List<string>();
        foreach (var line in lines)
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            var bits = ulong.Parse(line.AsSpan(0, comma), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var expected = line[(comma + 1)..];
            var actual = CanonicalJson.FormatNumber(BitConverter.UInt64BitsToDouble(bits));
            if (actual != expected && failures.Count < 20)
            {
                failures.Add($"{line} -> {actual}");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Refuses_numbers_json_cannot_hold(double value) =>
        Should.Throw<ArgumentException>(() => CanonicalJson.FormatNumber(value));

    [Fact]
    public void Writes_clr_valued_nodes_like_parsed_ones()
    {
        var built = new JsonObject
        {
            ["z"] = 1,
            ["a"] = "x\u0001\"\\\t",
            ["m"] = new JsonArray(true, false, null, 2.5, -0.0, 1e21, long.MaxValue),
            ["n"] = new JsonObject { ["b"] = 3L, ["a"] = 4m },
        };

        var canonical = Encoding.UTF8.GetString(CanonicalJson.Serialize(built));

        canonical.ShouldBe("{\"a\":\"x\\u0001\\\"\\\\\\t\",\"m\":[true,false,null,2.5,0,1e+21,9223372036854776000],\"n\":{\"a\":4,\"b\":3},\"z\":1}");
        CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(built.ToJsonString())).ShouldBe(Encoding.UTF8.GetBytes(canonical));
    }

    [Fact]
    public void Rejects_duplicate_keys_and_trailing_garbage()
    {
        Should.Throw<System.Text.Json.JsonException>(() => CanonicalJson.Canonicalize("{\"a\":1,\"a\":2}"u8));
        Should.Throw<System.Text.Json.JsonException>(() => CanonicalJson.Canonicalize("{} x"u8));
    }

    [Fact]
    public void Rejects_lone_surrogates() =>
        Should.Throw<ArgumentException>(() => CanonicalJson.Serialize(JsonValue.Create("a\ud800b")));

    [Fact]
    public void Serializes_null_as_the_null_literal() =>
        CanonicalJson.Serialize(null).ShouldBe("null"u8.ToArray());
}
