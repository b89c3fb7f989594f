using System.Text;
using System.Text.Json;

namespace Polity.Ledger.Tests;

public sealed class EthKeysTests
{
    private static readonly byte[] Digest = Hashing.Keccak256("polity"u8);

    [Fact]
    public void Derives_all_259_ethers_addresses_and_checksums()
    {
        using var doc = ReferenceData.Json("eip712/ethers_accounts.json.gz");
        var accounts = doc.RootElement.EnumerateArray().ToList();
        accounts.Count.ShouldBe(259);
        foreach (var account in accounts)
        {
            var key = Hashing.FromHex(account.GetProperty("privateKey").GetString()!);
            var expected = account.GetProperty("address").GetString()!;

            var address = EthKeys.AddressOf(key);

            address.ShouldBe(expected.ToLowerInvariant(), account.GetProperty("name").GetString());
            EthKeys.ToChecksumAddress(address).ShouldBe(expected);
            EthKeys.ToChecksumAddress(expected.ToUpperInvariant().Replace("0X", "0x", StringComparison.Ordinal)).ShouldBe(expected);
        }
    }

    [Fact]
    public void Signs_the_eip712_mail_example_like_ethers()
    {
        using var doc = ReferenceData.Json("eip712/ethers_typed-data.json.gz");
        var mail = doc.RootElement.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "EIP712 example");
        var key = Hashing.FromHex(mail.GetProperty("privateKey").GetString()!);
        var digest = Hashing.FromHex(mail.GetProperty("digest").GetString()!);

        var signature = EthKeys.Sign(digest, key);

        ("0x" + Hashing.ToHex(signature)).ShouldBe(mail.GetProperty("signature").GetString());
        EthKeys.Recover(digest, signature).ShouldBe(EthKeys.AddressOf(key));
    }

    [Fact]
    public void Round_trips_signatures_for_many_keys()
    {
        for (var i = 1; i <= 50; i++)
        {
            var key = Hashing.Sha256(BitConverter.GetBytes(i));
            var digest = Hashing.Keccak256(Encoding.UTF8.GetBytes($"message {i}"));

            var signature = EthKeys.Sign(digest, key);

            signature.Length.ShouldBe(65);
            signature[64].ShouldBeOneOf((byte)27, (byte)28);
            EthKeys.Recover(digest, signature).ShouldBe(EthKeys.AddressOf(key));
            EthKeys.Recover(Hashing.Keccak256(digest), signature).ShouldNotBe(EthKeys.AddressOf(key));
        }
    }

    [Fact]
    public void Accepts_v_as_0_or_1_too()
    {
        var key = Hashing.Sha256("k"u8);
        var signature = EthKeys.Sign(Digest, key);
        signature[64] -= 27;

        EthKeys.Recover(Digest, signature).ShouldBe(EthKeys.AddressOf(key));
    }

    [Fact]
    public void Recover_returns_null_for_malformed_signatures()
    {
        var key = Hashing.Sha256("k"u8);
        var good = EthKeys.Sign(Digest, key);

        EthKeys.Recover(Digest, good.AsSpan(0, 64)).ShouldBeNull();
        EthKeys.Recover(Digest.AsSpan(0, 31), good).ShouldBeNull();
        EthKeys.Recover(Digest, [.. good, 0]).ShouldBeNull();
        foreach (var v in new byte[] { 2, 26, 29, 35, 255 })
        {
            var bad = (byte[])good.Clone();
            bad[64] = v;
            EthKeys.Recover(Digest, bad).ShouldBeNull($"v = {v}");
        }

        var zeroR = (byte[])good.Clone();
        zeroR.AsSpan(0, 32).Clear();
        EthKeys.Recover(Digest, zeroR).ShouldBeNull();
        var zeroS = (byte[])good.Clone();
        zeroS.AsSpan(32, 32).Clear();
        EthKeys.Recover(Digest, zeroS).ShouldBeNull();
        var bigR = (byte[])good.Clone();
        bigR.AsSpan(0, 32).Fill(0xFF);
        EthKeys.Recover(Digest, bigR).ShouldBeNull();
    }

    [Fact]
    public void Recover_rejects_the_high_s_twin_of_a_valid_signature()
    {
        var key = Hashing.Sha256("k"u8);
        var good = EthKeys.Sign(Digest, key);
        var n = System.Numerics.BigInteger.Parse("0FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141", System.Globalization.NumberStyles.HexNumber);
        var s = new System.Numerics.BigInteger(good.AsSpan(32, 32), isUnsigned: true, isBigEndian: true);
        var twin = (byte[])good.Clone();
        (n - s).TryWriteBytes(twin.AsSpan(32, 32), out _, isUnsigned: true, isBigEndian: true).ShouldBeTrue();
        twin[64] = (byte)(good[64] == 27 ? 28 : 27);

        EthKeys.Recover(Digest, twin).ShouldBeNull();
    }

    [Fact]
    public void Recovers_correctly_from_many_threads_at_once()
    {
        var keys = Enumerable.Range(0, 8).Select(i => Hashing.Sha256(BitConverter.GetBytes(i))).ToArray();
        var signatures = keys.Select(k => EthKeys.Sign(Digest, k)).ToArray();
        var addresses = keys.Select(k => EthKeys.AddressOf(k)).ToArray();
        var wrong = 0;

        Parallel.For(0, 4000, i =>
        {
            if (EthKeys.Recover(Digest, signatures[i % 8]) != addresses[i % 8])
            {
                Interlocked.Increment(ref wrong);
            }
        });

        wrong.ShouldBe(0);
    }

    [Fact]
    public void Validates_private_keys()
    {
        EthKeys.IsValidPrivateKey(new byte[32]).ShouldBeFalse();
        EthKeys.IsValidPrivateKey(new byte[31]).ShouldBeFalse();
        EthKeys.IsValidPrivateKey(Enumerable.Repeat((byte)0xFF, 32).ToArray()).ShouldBeFalse();
        EthKeys.IsValidPrivateKey(Hashing.Sha256("k"u8)).ShouldBeTrue();
    }

    [Fact]
    public void NewPrivateKey_retries_until_the_random_bytes_make_a_valid_key()
    {
        var calls = 0;
        byte[] Source(int n) => ++calls < 3 ? new byte[n] : Enumerable.Repeat((byte)7, n).ToArray();

        var key = EthKeys.NewPrivateKey(Source);

        calls.ShouldBe(3);
        key.ShouldBe(Enumerable.Repeat((byte)7, 32).ToArray());
    }

    [Fact]
    public void Matches_metamask_v4_signatures_that_ethers_agrees_with()
    {
        var cases = SigUtilCases.Matching("signTypedData");
        cases.Count.ShouldBe(43);
        foreach (var c in cases)
        {
            var key = Convert.FromHexString(c.GetProperty("privateKey_hex").GetString()!);
            var digest = Eip712.HashTypedData(c.GetProperty("data"));

            var signature = "0x" + Hashing.ToHex(EthKeys.Sign(digest, key));

            signature.ShouldBe(c.GetProperty("expected").GetString(), c.GetProperty("name").GetString());
        }
    }

    [Fact]
    public void Checksum_rejects_non_addresses() =>
        Should.Throw<FormatException>(() => EthKeys.ToChecksumAddress("0x1234"));
}
