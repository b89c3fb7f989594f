namespace Polity.Ledger;

/// <summary>The values of <see cref="ChainFailure.Kind"/>, in the order they are checked for each entry.</summary>
public static class ChainFailureKinds
{
    /// <summary>Not strictly parseable, or not in canonical form.</summary>
    public const string Format = "format";

    /// <summary>The entry's seq is not its position.</summary>
    public const string Seq = "seq";

    /// <summary>prev does not name the SHA-256 of the previous entry's bytes.</summary>
    public const string HashLink = "hash-link";

    /// <summary>time is before the previous entry's time.</summary>
    public const string Time = "time";

    /// <summary>The signature does not recover to the author.</summary>
    public const string Signature = "signature";
}
