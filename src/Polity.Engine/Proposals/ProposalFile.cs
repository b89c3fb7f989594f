using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Voting;
using Polity.Engine.Charters;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Polity.Engine.Proposals;

/// <summary>
/// Reads a proposal written as YAML (or JSON): type, title, body, options with actions, beneficiaries, objectives.
/// Amounts are in major units (<c>"12000.50"</c>) and become exact minor units by the asset's decimals.
/// </summary>
public static class ProposalFile
{
    /// <summary>Parses a proposal file against the network's state (assets, houses).</summary>
    /// <exception cref="FormatException">With file:line:column and what was expected.</exception>
    public static ProposalCreated Parse(string text, string fileName, NetworkState state)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            throw new FormatException($"{fileName}:{ex.Start.Line}:{ex.Start.Column}: {ex.InnerException?.Message ?? ex.Message}", ex);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new FormatException($"{fileName}:1:1: expected a mapping with type, title and options or actions");
        }
        var reader = new Reader(fileName, state, Path.GetDirectoryName(Path.GetFullPath(fileName)) ?? ".");
        return reader.Proposal(root);
    }

    /// <summary>Builds a transfer from major units.</summary>
    public static ProposalAction.Transfer Transfer(NetworkState state, string asset, string amount, Address to, string memo = "") =>
        new(asset, Minor(state, asset, amount), to, memo);

    /// <summary>Major units to minor units of a charter asset.</summary>
    /// <exception cref="FormatException">Unknown asset or inexact amount.</exception>
    public static long Minor(NetworkState state, string asset, string amount)
    {
        var decimals = state.Charter.Charter.Treasury.FindAsset(asset)?.Decimals
            ?? throw new FormatException($"unknown asset '{asset}': expected one of {string.Join(", ", state.Charter.Charter.Treasury.Assets.Select(a => a.Code))}");
        return Money.TryToMinor(amount, decimals, out var minor, out var error) ? minor : throw new FormatException(error);
    }

    /// <summary>Loads a charter file for an amend-charter action.</summary>
    /// <exception cref="FormatException">With every error's file:line:column.</exception>
    public static CharterVersion LoadCharter(string path)
    {
        var source = File.ReadAllText(path);
        return CharterLoader.Load(source, path, VotingMethods.Names) switch
        {
            CharterLoadResult.Loaded loaded => new CharterVersion(source, loaded.Charter),
            CharterLoadResult.Invalid invalid => throw new FormatException(string.Join(Environment.NewLine, invalid.Errors)),
            _ => throw new FormatException(path),
        };
    }

    private sealed class Reader(string file, NetworkState state, string baseDir)
    {
        public ProposalCreated Proposal(YamlMappingNode root)
        {
            Only(root, "type", "title", "body", "options", "actions", "beneficiaries", "objectives");
            var type = Scalar(root, "type", required: true)!;
            var title = Scalar(root, "title", required: true)!;
            var body = Scalar(root, "body") ?? "";
            var actions = List(root, "actions").Select(Action).ToList();
            var options = List(root, "options").Select(Option).ToList();
            if (options.Count > 0 && actions.Count > 0)
            {
                throw Error(root, "give either options (each with its actions) or top-level actions, not both");
            }
            var beneficiaries = List(root, "beneficiaries").Select(n => AddressOf(n)).ToList();
            // Objectives are left out of the event when the file names none, so such proposals keep the bytes they always had.
            var objectives = List(root, "objectives").Select(n => n is YamlScalarNode { Value: { } id } ? id : throw Error(n, "an objective id such as river-sites")).ToList();
            return new ProposalCreated(type, title, body, options.Count > 0 ? options : ProposalOption.YesNo(actions), beneficiaries, Objectives: objectives.Count > 0 ? objectives : null);
        }

        private ProposalOption Option(YamlNode node)
        {
            if (node is YamlScalarNode scalar)
            {
                return new ProposalOption(scalar.Value ?? "", []);
            }
            var map = Map(node, "an option: a name, or {name, actions}");
            Only(map, "name", "actions");
            return new ProposalOption(Scalar(map, "name", required: true)!, List(map, "actions").Select(Action).ToList());
        }

        private ProposalAction Action(YamlNode node)
        {
            if (node is YamlScalarNode { Value: "signal" })
            {
                return new ProposalAction.Signal();
            }
            var map = Map(node, "an action: signal, or one of transfer, add-member, remove-member, amend-charter, allocate-budget, award-grant, open-round, chain-batch, return-funds, cancel-grant with its fields");
            if (map.Children.Count != 1)
            {
                throw Error(map, "an action has exactly one key: transfer, add-member, remove-member, amend-charter, allocate-budget, award-grant, open-round, chain-batch, return-funds or cancel-grant");
            }
            var (key, value) = map.Children.First();
            var kind = ((YamlScalarNode)key).Value;
            var fields = Map(value, $"the fields of {kind}");
            switch (kind)
            {
                case "transfer":
                    Only(fields, "asset", "amount", "to", "memo", "from");
                    var asset = Scalar(fields, "asset", required: true)!;
                    var transfer = Located(fields, () => Transfer(state, asset, Scalar(fields, "amount", required: true)!, AddressOf(fields["to"]), Scalar(fields, "memo") ?? ""));
                    return Scalar(fields, "from") is { } from ? transfer with { From = from } : transfer;
                case "allocate-budget":
                    Only(fields, "budget", "asset", "amount");
                    var budgetAsset = Scalar(fields, "asset", required: true)!;
                    return new ProposalAction.AllocateBudget(Scalar(fields, "budget", required: true)!, budgetAsset,
                        Located(fields, () => Minor(state, budgetAsset, Scalar(fields, "amount", required: true)!)));
                case "return-funds":
                    Only(fields, "from", "to", "asset", "amount", "memo");
                    var returnAsset = Scalar(fields, "asset", required: true)!;
                    return new ProposalAction.ReturnFunds(Scalar(fields, "from", required: true)!, Scalar(fields, "to") ?? "treasury", returnAsset,
                        Located(fields, () => Minor(state, returnAsset, Scalar(fields, "amount", required: true)!)), Scalar(fields, "memo") ?? "");
                case "cancel-grant":
                    Only(fields, "grant", "reason");
                    var grantText = Scalar(fields, "grant", required: true)!;
                    return new ProposalAction.CancelGrant(Located(fields, () =>
                            long.TryParse(grantText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var g) && g > 0
                                ? g
                                : throw new FormatException($"'{grantText}' is not a grant number")),
                        Scalar(fields, "reason") ?? "");
                case "award-grant":
                    return Award(fields);
                case "open-round":
                    return OpenRound(fields);
                case "add-member":
                    Only(fields, "house", "member", "stake");
                    return new ProposalAction.AddMember(Scalar(fields, "house", required: true)!, AddressOf(fields["member"]), long.Parse(Scalar(fields, "stake") ?? "0", System.Globalization.CultureInfo.InvariantCulture));
                case "remove-member":
                    Only(fields, "house", "member");
                    return new ProposalAction.RemoveMember(Scalar(fields, "house", required: true)!, AddressOf(fields["member"]));
                case "chain-batch":
                    Only(fields, "batch", "calls", "memo");
                    return new ProposalAction.ChainBatch((Scalar(fields, "batch", required: true) ?? "").ToLowerInvariant(),
                        List(fields, "calls").Select(CallOf).ToList(), Scalar(fields, "memo") ?? "");
                case "amend-charter":
                    Only(fields, "file");
                    return new ProposalAction.AmendCharter(LoadCharter(Path.Combine(baseDir, Scalar(fields, "file", required: true)!)));
                default:
                    throw Error(key, $"unknown action '{kind}': expected transfer, add-member, remove-member, amend-charter, allocate-budget, award-grant, open-round, chain-batch or signal");
            }
        }

        /// <summary>One call of a chain batch: <c>{to, value (wei, default 0), data (default 0x)}</c>.</summary>
        private BatchCall CallOf(YamlNode node)
        {
            var call = Map(node, "a call: {to, value, data}");
            Only(call, "to", "value", "data");
            return new BatchCall((Scalar(call, "to", required: true) ?? "").ToLowerInvariant(), Scalar(call, "value") ?? "0", (Scalar(call, "data") ?? "0x").ToLowerInvariant());
        }

        /// <summary>
        /// An award; what it leaves out comes from the application: recipient, asset, amount, milestones (when
        /// the amount is the one requested) and budget (the program applied to, when the charter declares it).
        /// </summary>
        private ProposalAction.AwardGrant Award(YamlMappingNode fields)
        {
            Only(fields, "grant", "recipient", "asset", "amount", "milestones", "budget", "round");
            var id = Scalar(fields, "grant", required: true)!;
            if (!long.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                || state.Grants.GetValueOrDefault(number) is not { } grant)
            {
                throw Error(fields, $"'{id}' is not the number of a grant application");
            }
            var asset = Scalar(fields, "asset") ?? grant.Asset;
            var amount = Scalar(fields, "amount") is { } text ? Located(fields, () => Minor(state, asset, text)) : grant.Requested;
            var milestones = List(fields, "milestones").Select(m =>
            {
                var milestone = Map(m, "a milestone: {title, amount}");
                Only(milestone, "title", "amount");
                return new MilestonePlan(Scalar(milestone, "title", required: true)!, Located(milestone, () => Minor(state, asset, Scalar(milestone, "amount", required: true)!)));
            }).ToList();
            if (milestones.Count == 0)
            {
                milestones = amount == grant.Requested && asset == grant.Asset
                    ? [.. grant.Proposed]
                    : throw Error(fields, "an award of another amount than the one requested lists its milestones");
            }
            var round = Scalar(fields, "round") ?? grant.Round;
            if (round is not null && Scalar(fields, "amount") is null && state.Rounds.GetValueOrDefault(round) is { } r
                && Polity.Core.Rounds.RoundTally.Awards(state, r).FirstOrDefault(x => x.Grant == number) is { } result)
            {
                (amount, milestones) = (result.Amount, milestones.Count > 0 ? milestones : [.. result.Milestones]);
            }
            var budget = Scalar(fields, "budget")
                ?? (round is null && state.Charter.Charter.Treasury.FindBudget(grant.Program) is not null ? grant.Program : "");
            var recipient = fields.Children.TryGetValue(new YamlScalarNode("recipient"), out var to) ? AddressOf(to) : grant.Recipient;
            return new ProposalAction.AwardGrant(number, recipient, asset, amount, milestones, budget, round);
        }

        /// <summary>A round's plan; durations are written like proposal periods (<c>7d</c>), amounts in major units of the asset.</summary>
        private ProposalAction.OpenRound OpenRound(YamlMappingNode fields)
        {
            Only(fields, "id", "title", "kind", "rule", "asset", "pool", "budget", "applications", "review", "voting", "voters", "ballot", "completion",
                "points", "cap", "minimum", "objectives");
            var asset = Scalar(fields, "asset", required: true)!;
            long? Amount(string key) => Scalar(fields, key) is { } text ? Located(fields, () => Minor(state, asset, text)) : null;
            long Seconds(string key) => Duration.TryParse(Scalar(fields, key, required: true), out var d)
                ? d.Seconds
                : throw Error(fields, $"'{key}' must be a duration such as 7d or 12h");
            var points = Scalar(fields, "points") is { } p
                ? long.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : throw Error(fields, "'points' must be a whole number")
                : (long?)null;
            var objectives = List(fields, "objectives").Select(o => (o as YamlScalarNode)?.Value ?? throw Error(o, "an objective is one line of text")).ToList();
            return new ProposalAction.OpenRound(new RoundPlan(
                Scalar(fields, "id", required: true)!, Scalar(fields, "title", required: true)!, Scalar(fields, "kind", required: true)!,
                Scalar(fields, "rule", required: true)!, asset, Amount("pool") ?? throw Error(fields, "missing 'pool'"), Scalar(fields, "budget") ?? "",
                Seconds("applications"), Seconds("review"), Seconds("voting"),
                [.. List(fields, "voters").Select(v => (v as YamlScalarNode)?.Value ?? throw Error(v, "a voter is a house id"))],
                Scalar(fields, "ballot"), Scalar(fields, "completion"), points, Amount("cap"), Amount("minimum"), objectives.Count > 0 ? objectives : null));
        }

        /// <summary>Runs a conversion, putting this file's line and column on a format error that has none.</summary>
        private T Located<T>(YamlNode at, Func<T> convert)
        {
            try
            {
                return convert();
            }
            catch (FormatException ex) when (!ex.Message.StartsWith(file, StringComparison.Ordinal))
            {
                throw Error(at, ex.Message);
            }
        }

        private Address AddressOf(YamlNode node)
        {
            var text = (node as YamlScalarNode)?.Value;
            if (Address.TryParse(text, out var address))
            {
                return address;
            }
            var named = state.Stakeholders.Values.FirstOrDefault(s => s.Name == text);
            return named?.Address ?? throw Error(node, $"'{text}' is neither an address nor a registered stakeholder's name");
        }

        private YamlMappingNode Map(YamlNode node, string expected) =>
            node as YamlMappingNode ?? throw Error(node, $"expected {expected}");

        private IEnumerable<YamlNode> List(YamlMappingNode map, string key) =>
            !map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? []
            : node as YamlSequenceNode ?? throw Error(node, $"'{key}' must be a list");

        private string? Scalar(YamlMappingNode map, string key, bool required = false)
        {
            if (!map.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                return required ? throw Error(map, $"missing '{key}'") : null;
            }
            return (node as YamlScalarNode)?.Value ?? throw Error(node, $"'{key}' must be a single value");
        }

        private void Only(YamlMappingNode map, params string[] keys)
        {
            foreach (var key in map.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value;
                if (name is null || !keys.Contains(name))
                {
                    throw Error(key, $"unknown key '{name}': expected one of {string.Join(", ", keys)}");
                }
            }
        }

        private FormatException Error(YamlNode node, string message) =>
            new($"{file}:{node.Start.Line}:{node.Start.Column}: {message}");
    }
}
