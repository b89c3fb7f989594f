using System.Text;

namespace Polity.Ledger.Tests;

public sealed class HashingTests
{
    [Theory]
    [InlineData("", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")]
    [InlineData("abc", "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")]
    [InlineData("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)", "8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f")]
    public void Keccak256_matches_known_digests(string input, string expected) =>
        Hashing.ToHex(Hashing.Keccak256(Encoding.UTF8.GetBytes(input))).ShouldBe(expected);

    [Fact]
    public void Keccak256_handles_inputs_across_block_boundaries()
    {
        // Compared with Nethereum's independent implementation at every length around the 136-byte rate.
        var keccak = new Nethereum.Util.Sha3Keccack();
        for (var length = 0; length < 300; length++)
        {
            var data = Enumerable.Range(0, length).Select(i => (byte)(i * 7 + length)).ToArray();
            Hashing.Keccak256(data).ShouldBe(keccak.CalculateHash(data), $"length {length}");
        }
    }

    [Fact]
    public void Sha256_matches_the_fips_abc_vector() =>
        Hashing.ToHex(Hashing.Sha256("abc"u8)).ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

    [Theory]
    [InlineData("0x00ff10", new byte[] { 0x00, 0xff, 0x10 })]
    [InlineData("00FF10", new byte[] { 0x00, 0xff, 0x10 })]
    [InlineData("0x", new byte[0])]
    public void FromHex_accepts_optional_prefix_and_either_case(string hex, byte[] expected) =>
        Hashing.FromHex(hex).ShouldBe(expected);

    [Theory]
    [InlineData("0x0")]
    [InlineData("zz")]
    [InlineData("0x0g")]
    [InlineData(" 00")]
    public void FromHex_rejects_bad_input(string hex) => Should.Throw<FormatException>(() => Hashing.FromHex(hex));

    [Fact]
    public void ToHex_is_lowercase_without_prefix() => Hashing.ToHex([0xAB, 0x01]).ShouldBe("ab01");
}
