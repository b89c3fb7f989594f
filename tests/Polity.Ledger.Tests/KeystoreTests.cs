namespace Polity.Ledger.Tests;

public sealed class KeystoreTests
{
    private static readonly byte[] Key = TestChain.Key(3);

    private static Func<int, byte[]> Seeded(int seed)
    {
        var random = new Random(seed);
        return n =>
        {
            var bytes = new byte[n];
            random.NextBytes(bytes);
            return bytes;
        };
    }

    [Fact]
    public void Round_trips_a_light_keystore()
    {
        var json = Keystore.Encrypt(Key, "correct horse", KeystoreStrength.Light, Seeded(1));

        Keystore.Decrypt(json, "correct horse").ShouldBe(Key);
        Keystore.AddressOf(json).ShouldBe(EthKeys.AddressOf(Key));
        json.ShouldContain("\"n\":4096");
        json.ShouldContain("\"p\":6");
    }

    [Fact]
    public void Uses_only_the_injected_randomness()
    {
        Keystore.Encrypt(Key, "pw", KeystoreStrength.Light, Seeded(7))
            .ShouldBe(Keystore.Encrypt(Key, "pw", KeystoreStrength.Light, Seeded(7)));
        Keystore.Encrypt(Key, "pw", KeystoreStrength.Light, Seeded(7))
            .ShouldNotBe(Keystore.Encrypt(Key, "pw", KeystoreStrength.Light, Seeded(8)));
    }

    [Fact]
    public void Rejects_a_wrong_password()
    {
        var json = Keystore.Encrypt(Key, "correct horse", KeystoreStrength.Light, Seeded(2));

        Should.Throw<KeystoreException>(() => Keystore.Decrypt(json, "battery staple")).Message.ShouldBe("wrong password or damaged keystore");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("""{"version":3}""")]
    [InlineData("""{"version":1,"crypto":{}}""")]
    [InlineData("""{"version":3,"crypto":{"kdf":"scrypt"}}""")]
    public void Rejects_malformed_json_with_a_clear_message(string json) =>
        Should.Throw<KeystoreException>(() => Keystore.Decrypt(json, "pw")).Message.ShouldStartWith("malformed keystore");

    [Fact]
    public void Opens_the_web3_secret_storage_scrypt_test_vector()
    {
        const string json = """
            {
              "crypto": {
                "cipher": "aes-128-ctr",
                "cipherparams": { "iv": "83dbcc02d8ccb40e466191a123791e0e" },
                "ciphertext": "d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c",
                "kdf": "scrypt",
                "kdfparams": { "dklen": 32, "n": 262144, "r": 1, "p": 8, "salt": "ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19" },
                "mac": "2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"
              },
              "id": "3198bc9c-6672-5ab3-d995-4942343ae5b6",
              "version": 3
            }
            """;

        Hashing.ToHex(Keystore.Decrypt(json, "testpassword")).ShouldBe("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d");
        Should.Throw<KeystoreException>(() => Keystore.AddressOf(json));
    }
}
