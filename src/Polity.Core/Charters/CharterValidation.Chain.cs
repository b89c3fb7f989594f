using System.Buffers;

namespace Polity.Core.Charters;

internal static partial class CharterValidation
{
    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>The <c>chain:</c> section: a positive chain id, an http(s) URL, well-formed addresses, known houses and 1 ≤ k ≤ n.</summary>
    private static void CheckChain(Charter charter, Action<string, string> problem)
    {
        if (charter.Chain is not { } chain)
        {
            return;
        }
        if (chain.ChainId <= 0)
        {
            problem("chain.chain-id", $"expected a positive chain id, found {chain.ChainId}");
        }
        if (!Uri.TryCreate(chain.Rpc, UriKind.Absolute, out var rpc) || (rpc.Scheme != Uri.UriSchemeHttp && rpc.Scheme != Uri.UriSchemeHttps))
        {
            problem("chain.rpc", $"expected an http or https URL, found '{chain.Rpc}'");
        }
        foreach (var (key, address) in new[] { ("anchor", chain.Anchor), ("executor", chain.Executor), ("safe", chain.Safe) })
        {
            if (address is not null && !IsAddress(address))
            {
                problem($"chain.{key}", $"expected an address: 0x and 40 hex digits, found '{address}'");
            }
        }
        var seen = new HashSet<string>();
        foreach (var house in chain.Veto)
        {
            var at = $"chain.veto.{house.House}";
            if (charter.FindHouse(house.House) is null)
            {
                problem(at, $"unknown house '{house.House}': expected one of {Names(charter.Houses.Select(h => h.Id))}");
            }
            for (var i = 0; i < house.Holders.Count; i++)
            {
                if (!IsAddress(house.Holders[i]))
                {
                    problem($"{at}.holders.{i}", $"expected an address: 0x and 40 hex digits, found '{house.Holders[i]}'");
                }
                else if (!seen.Add(house.Holders[i].ToLowerInvariant()))
                {
                    problem($"{at}.holders.{i}", $"{house.Holders[i]} holds a veto twice: each holder counts for one house");
                }
            }
            if (house.Threshold < 1 || house.Threshold > house.Holders.Count)
            {
                problem($"{at}.threshold", $"expected a number of holders from 1 to {house.Holders.Count}, found {house.Threshold}");
            }
        }
    }

    private static bool IsAddress(string s) =>
        s.Length == 42 && s.StartsWith("0x", StringComparison.Ordinal) && !s.AsSpan(2).ContainsAnyExcept(Hex);
}
