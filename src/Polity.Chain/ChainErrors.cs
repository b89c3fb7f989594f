using System.Text.Json;
using Nethereum.ABI.FunctionEncoding;
using Nethereum.Contracts;
using Nethereum.Util;

namespace Polity.Chain;

/// <summary>A transaction or call the contracts refused, with the custom error they reverted with.</summary>
public sealed class ChainRevertedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">The custom error's name, such as <c>NotAnchored</c>, or <c>revert</c> when it has none.</param>
    /// <param name="data">The raw revert data, <c>0x</c> and hex.</param>
    /// <param name="inner">The client's exception.</param>
    public ChainRevertedException(string error, string data, Exception? inner = null)
        : base($"the contract refused: {error}", inner)
    {
        Error = error;
        Data0x = data;
    }

    /// <summary>The custom error's name.</summary>
    public string Error { get; }

    /// <summary>The raw revert data.</summary>
    public string Data0x { get; }
}

/// <summary>Names the custom errors of Polity's contracts from their 4-byte selectors, read from the ABIs.</summary>
internal static class ChainErrors
{
    private static readonly Dictionary<string, string> BySelector = Build();

    /// <summary>Turns a Nethereum revert into a <see cref="ChainRevertedException"/>; null for other exceptions.</summary>
    public static ChainRevertedException? From(Exception e) => e switch
    {
        SmartContractCustomErrorRevertException custom => new ChainRevertedException(Name(custom.ExceptionEncodedData), custom.ExceptionEncodedData ?? "0x", e),
        SmartContractRevertException revert => new ChainRevertedException("revert", revert.Message, e),
        _ => null,
    };

    /// <summary>The error's name for revert data, or its selector when unknown.</summary>
    public static string Name(string? data)
    {
        if (data is null || data.Length < 10)
        {
            return "revert";
        }
        var selector = data[..10].ToLowerInvariant();
        return BySelector.GetValueOrDefault(selector, selector);
    }

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in new[] { "PolityAnchor", "PolityExecutor" })
        {
            using var abi = JsonDocument.Parse(ContractArtifact.Load(name).Abi);
            foreach (var item in abi.RootElement.EnumerateArray().Where(i => i.GetProperty("type").GetString() == "error"))
            {
                var signature = $"{item.GetProperty("name").GetString()}({string.Join(',', item.GetProperty("inputs").EnumerateArray().Select(Type))})";
                map["0x" + Sha3Keccack.Current.CalculateHash(signature)[..8]] = item.GetProperty("name").GetString()!;
            }
        }
        return map;
    }

    private static string Type(JsonElement input) =>
        input.GetProperty("type").GetString() is { } t && t.StartsWith("tuple", StringComparison.Ordinal)
            ? $"({string.Join(',', input.GetProperty("components").EnumerateArray().Select(Type))}){t[5..]}"
            : input.GetProperty("type").GetString()!;
}
