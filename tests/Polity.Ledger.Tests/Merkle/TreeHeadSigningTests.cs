using System.Text.Json;
using Polity.Ledger.Merkle;

namespace Polity.Ledger.Tests.Merkle;

public sealed class TreeHeadSigningTests
{
    private static readonly byte[] Key = TestChain.Key(1);
    private static readonly TreeHead Head = new(1234, Hashing.ToHex(Hashing.Sha256("root"u8)), 1_700_000_000);

    [Fact]
    public void Hand_encoded_digest_equals_general_eip712_over_the_typed_data()
    {
        var typedData = JsonSerializer.SerializeToElement(TreeHeadSigning.TypedData("testnet", Head));

        TreeHeadSigning.Digest("testnet", Head).ShouldBe(Eip712.HashTypedData(typedData));
        Eip712.EncodeType("PolityTreeHead", typedData.GetProperty("types")).ShouldBe(TreeHeadSigning.EncodedType);
        typedData.GetProperty("domain").GetRawText().ShouldBe("""{"name":"Polity","version":"1"}""");
    }

    [Fact]
    public void Signature_is_what_a_wallet_produces_and_verifies_against_the_operator_only()
    {
        var typedData = JsonSerializer.SerializeToElement(TreeHeadSigning.TypedData("testnet", Head));
        var signed = TreeHeadSigning.Sign("testnet", Head, Key);
        signed.Signature.ShouldBe("0x" + Hashing.ToHex(EthKeys.Sign(Eip712.HashTypedData(typedData), Key)));

        var operatorAddress = EthKeys.AddressOf(Key);
        TreeHeadSigning.Signer("testnet", signed).ShouldBe(operatorAddress);
        TreeHeadSigning.Verify("testnet", signed, EthKeys.ToChecksumAddress(operatorAddress)).ShouldBeTrue();
        TreeHeadSigning.Verify("testnet", signed, EthKeys.AddressOf(TestChain.Key(2))).ShouldBeFalse();
        TreeHeadSigning.Verify("othernet", signed, operatorAddress).ShouldBeFalse();
        TreeHeadSigning.Verify("testnet", signed with { Head = Head with { Size = 1235 } }, operatorAddress).ShouldBeFalse();
        TreeHeadSigning.Verify("testnet", signed with { Head = Head with { Time = 1 } }, operatorAddress).ShouldBeFalse();
        TreeHeadSigning.Verify("testnet", signed with { Head = Head with { Root = new string('0', 64) } }, operatorAddress).ShouldBeFalse();
        TreeHeadSigning.Verify("testnet", signed with { Head = Head with { Root = "xyz" } }, operatorAddress).ShouldBeFalse();
        TreeHeadSigning.Verify("testnet", signed with { Signature = "0x12" }, operatorAddress).ShouldBeFalse();
        TreeHeadSigning.Verify("testnet", signed, "not an address").ShouldBeFalse();
    }

    [Fact]
    public void Refuses_malformed_heads()
    {
        Should.Throw<ArgumentException>(() => TreeHeadSigning.Digest("n", Head with { Root = Head.Root.ToUpperInvariant() }));
        Should.Throw<ArgumentOutOfRangeException>(() => TreeHeadSigning.Digest("n", Head with { Size = -1 }));
        Should.Throw<ArgumentOutOfRangeException>(() => TreeHeadSigning.Digest("n", Head with { Time = -1 }));
    }
}
