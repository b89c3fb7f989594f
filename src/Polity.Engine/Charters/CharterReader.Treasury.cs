using System.Globalization;
using Polity.Core.Charters;
using Polity.Core.Primitives;
using static Polity.Engine.Charters.CharterVocabulary;

namespace Polity.Engine.Charters;

internal sealed partial class CharterReader
{
    private const int BareAssetDecimals = 2;

    private TreasuryRules ReadTreasury(YNode? node)
    {
        var map = Map(node, "treasury", TreasuryKeys, [], nullIsEmpty: true);
        var assets = ReadAssets(map.Find("assets"), "treasury.assets");
        return new TreasuryRules(assets, ReadAllowances(map.Find("spend-without-vote"), "treasury.spend-without-vote", assets))
        {
            Budgets = ReadBudgets(map.Find("budgets"), "treasury.budgets", assets),
            Grants = ReadGrants(map.Find("grants"), "treasury.grants"),
        };
    }

    private List<Asset> ReadAssets(YNode? node, string path)
    {
        var assets = new List<Asset>();
        foreach (var (item, at) in Items(node, path, "a list of asset codes (EUR) or { code: USDC, decimals: 6 }"))
        {
            if (item is YMapping)
            {
                var map = Map(item, at, AssetKeys, ["code", "decimals"]);
                var code = AssetCode(map.Find("code"), Paths.Child(at, "code"));
                var decimals = WholeNumber(map.Find("decimals"), Paths.Child(at, "decimals"));
                var asset = new Asset(code, (int)Math.Clamp(decimals ?? BareAssetDecimals, int.MinValue, int.MaxValue));
                assets.Add(asset with { Overdraft = AmountIn(map.Find("overdraft"), Paths.Child(at, "overdraft"), [asset], code) ?? 0 });
            }
            else
            {
                assets.Add(new Asset(AssetCode(item, at), BareAssetDecimals));
            }
        }
        return assets;
    }

    private string AssetCode(YNode? node, string path)
    {
        if (!TryScalar(node, path, AssetCodeExpected, out var code))
        {
            return "";
        }
        if (!IsAssetCode(code))
        {
            Error(node!.Start, path, $"{path}: '{code}' is not valid: expected {AssetCodeExpected}");
        }
        return code;
    }

    /// <summary>A list of allowances; a single mapping, as in the design sketch, counts as a list of one.</summary>
    private List<SpendAllowance> ReadAllowances(YNode? node, string path, List<Asset> assets)
    {
        var allowances = new List<SpendAllowance>();
        List<(YNode Item, string Path)> items = node is YMapping single
            ? [(single, Paths.Child(path, "0"))]
            : Items(node, path, "a list of { limit: 500 EUR, per: 30d, role: stewards }");
        foreach (var (item, at) in items)
        {
            if (item is YMapping)
            {
                Remember(at, item.Start);
            }
            var map = Map(item, at, AllowanceKeys, ["limit", "per", "role"]);
            var (asset, limit) = Limit(map.Find("limit"), Paths.Child(at, "limit"), assets);
            allowances.Add(new SpendAllowance(
                asset,
                limit,
                DurationOr(map.Find("per"), Paths.Child(at, "per"), Duration.Zero),
                Text(map.Find("role"), Paths.Child(at, "role"), "a role name from 'roles'"))
            {
                Budget = map.Find("budget") is { } budget ? Text(budget, Paths.Child(at, "budget"), "a program name from 'treasury.budgets'") : null,
            });
        }
        return allowances;
    }

    /// <summary>
    /// "500 EUR" to (EUR, 50000): the amount is in major units and converts exactly, with decimal
    /// arithmetic, to minor units. An unknown asset is left to the semantic check, which names the known ones.
    /// </summary>
    private (string Asset, long Minor) Limit(YNode? node, string path, List<Asset> assets)
    {
        if (!TryScalar(node, path, LimitExpected, out var text))
        {
            return ("", 0);
        }
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2
            || !decimal.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || !IsAssetCode(parts[1]))
        {
            Error(node!.Start, path, $"{path}: '{text}' is not valid: expected {LimitExpected}");
            return ("", 0);
        }
        var code = parts[1];
        if (assets.Find(a => a.Code == code) is not { Decimals: >= 0 and <= 18 } asset)
        {
            return (code, 0);
        }
        try
        {
            var minor = amount;
            for (var i = 0; i < asset.Decimals; i++)
            {
                minor *= 10m;
            }
            if (minor != decimal.Truncate(minor))
            {
                Error(node!.Start, path,
                    $"{path}: '{text}' has more decimals than {code} allows: expected at most {asset.Decimals} digits after the point");
                return (code, 0);
            }
            if (minor > long.MaxValue)
            {
                throw new OverflowException();
            }
            return (code, (long)minor);
        }
        catch (OverflowException)
        {
            Error(node!.Start, path, $"{path}: '{text}' is too large");
            return (code, 0);
        }
    }

    private List<(YNode Item, string Path)> Items(YNode? node, string path, string expected)
    {
        var items = new List<(YNode, string)>();
        if (node is null)
        {
            return items;
        }
        if (node is not YSequence list)
        {
            Error(node.Start, path, $"{path}: expected {expected}, found {Describe(node)}");
            return items;
        }
        for (var i = 0; i < list.Items.Count; i++)
        {
            var at = Paths.Child(path, i.ToString(CultureInfo.InvariantCulture));
            Remember(at, list.Items[i].Start);
            items.Add((list.Items[i], at));
        }
        return items;
    }
}
