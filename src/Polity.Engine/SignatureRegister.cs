using System.Globalization;

namespace Polity.Engine;

/// <summary>
/// The signatures already in a log. Each signed message is accepted once: a second copy of the same
/// signature is a replay (someone re-submitting another's signed deposit, ballot or veto). Keys are the
/// first 128 bits of the signature's r, which only the signer's key can produce (high-s forms are refused
/// at recovery, so a signature has one accepted encoding).
/// </summary>
internal sealed class SignatureRegister
{
    private readonly HashSet<UInt128> _seen = [];

    /// <summary>Records a signature; false when it was already recorded.</summary>
    public bool Add(string signature) => _seen.Add(KeyOf(signature));

    /// <summary>True when the signature is already recorded.</summary>
    public bool Contains(string signature) => _seen.Contains(KeyOf(signature));

    private static UInt128 KeyOf(string signature) =>
        signature.Length >= 34 && UInt128.TryParse(signature.AsSpan(2, 32), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var key)
            ? key
            : throw new FormatException("a signature is 0x and 130 hex digits");
}
