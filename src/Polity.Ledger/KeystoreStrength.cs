namespace Polity.Ledger;

/// <summary>scrypt cost of a new keystore file.</summary>
public enum KeystoreStrength
{
    /// <summary>geth's default: scrypt n = 262144, r = 8, p = 1 (about a second and 256 MiB to open).</summary>
    Standard,

    /// <summary>geth's <c>--lightkdf</c>: scrypt n = 4096, r = 8, p = 6 (fast; for tests and low-value keys).</summary>
    Light,
}
