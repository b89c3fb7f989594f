using Polity.Core.Charters;
using static Polity.Engine.Charters.CharterVocabulary;

namespace Polity.Engine.Charters;

internal sealed partial class CharterReader
{
    /// <summary>Programs by name: <c>small-grants: { asset: EUR, description: …, cap: 20000 EUR }</c>.</summary>
    private List<BudgetProgram> ReadBudgets(YNode? node, string path, List<Asset> assets)
    {
        var budgets = new List<BudgetProgram>();
        foreach (var (program, value, at) in Entries(node, path, "a mapping of program names to { asset, description, cap }"))
        {
            var map = Map(value, at, BudgetKeys, ["asset"]);
            var asset = AssetCode(map.Find("asset"), Paths.Child(at, "asset"));
            budgets.Add(new BudgetProgram(
                program,
                asset,
                map.Find("description") is { } d ? Text(d, Paths.Child(at, "description"), "free text") : "",
                AmountIn(map.Find("cap"), Paths.Child(at, "cap"), assets, asset)));
        }
        return budgets;
    }

    /// <summary><c>{ reviewers: role, disbursers: role }</c>; disbursers default to the reviewers' role.</summary>
    private GrantRules? ReadGrants(YNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }
        var map = Map(node, path, GrantKeys, ["reviewers"]);
        var reviewers = Text(map.Find("reviewers"), Paths.Child(path, "reviewers"), "a role name from 'roles'");
        var disbursers = map.Find("disbursers") is { } d ? Text(d, Paths.Child(path, "disbursers"), "a role name from 'roles'") : reviewers;
        return new GrantRules(reviewers, disbursers);
    }

    /// <summary>
    /// An amount such as <c>20000 EUR</c> that must be in <paramref name="asset"/>: minor units, or null when
    /// absent or wrong (a wrong one is reported at its line and column).
    /// </summary>
    private long? AmountIn(YNode? node, string path, List<Asset> assets, string asset)
    {
        if (node is null || asset.Length == 0)
        {
            return null;
        }
        var (code, minor) = Limit(node, path, assets);
        if (code.Length > 0 && code != asset && !IsBroken(path))
        {
            Error(node.Start, path, $"{path}: expected an amount in {asset}, found {code}");
            return null;
        }
        return IsBroken(path) || assets.Find(a => a.Code == asset) is null ? null : minor;
    }
}
