using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polity.Core.Voting;
using Polity.Core.Charters;
using static Polity.Engine.Charters.CharterVocabulary;

namespace Polity.Engine.Charters;

/// <summary>
/// A JSON Schema (draft 2020-12) of the charter document, for editors such as yaml-language-server:
/// completion, hover text and red squiggles while typing. The loader stays the authority; the schema
/// cannot express cross-references such as "a house named in a decision type must exist".
/// </summary>
public static class CharterSchema
{
    private const string NamePattern = "^[a-z]([a-z0-9-]{0,62}[a-z0-9])?$";
    private const string AmountPattern = @"^\s*(\d+(\.\d*)?|\.\d+)\s+[A-Za-z][A-Za-z0-9]{0,15}\s*$";

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // The schema is a file people read; keep apostrophes and '+' as they are.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema with voting methods limited to <see cref="CharterLoader.DefaultMethods"/>.</summary>
    public static string JsonSchema() => JsonSchema(CharterLoader.DefaultMethods);

    /// <summary>The schema with voting methods limited to <paramref name="knownMethods"/>.</summary>
    /// <param name="knownMethods">The registered voting method names, as passed to the loader.</param>
    public static string JsonSchema(IReadOnlyCollection<string> knownMethods)
    {
        ArgumentNullException.ThrowIfNull(knownMethods);
        var schema = Object(
            "A Polity charter: the network's governance framework as code. See docs/charter.md.",
            required: ["network", "purpose"],
            ("network", Ref("name", "The network's short name: lowercase letters, digits and hyphens.")),
            ("purpose", Text("What the network is for, in one or two sentences.")),
            ("roles", List(Ref("name"), "Role names stakeholders may hold, e.g. stewards. Default: none.")),
            ("houses", IdMap(Nullable(Ref("house")), "Stakeholder groups with their own voice, by name. At least one.")),
            ("decision-types", IdMap(Ref("decision-type"),
                "Classes of decision, each with its own process, by name. One must be able to carry amend-charter actions.")),
            ("treasury", Ref("treasury", "Assets and spending limits. Default: no assets.")),
            ("stakeholders", Ref("stakeholders", "Relationship types for the stakeholder map, conflicts of interest that follow from it, and who keeps objectives. See docs/stakeholder-mapping.md.")),
            ("chain", Object(
                "Where decided chain-batch actions execute on an EVM chain (docs/on-chain.md). Default: none.",
                required: ["chain-id", "rpc"],
                ("chain-id", new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "The chain's EIP-155 id." }),
                ("rpc", Text("A JSON-RPC URL of a node of the chain (http or https).")),
                ("anchor", Text("The PolityAnchor's address, once deployed.", AddressPattern)),
                ("executor", Text("The PolityExecutor's address, once deployed.", AddressPattern)),
                ("safe", Text("The Safe the executor is a module of. Default: none (the executor holds the funds).", AddressPattern)),
                ("veto", IdMap(Object(
                    "A house's on-chain veto holders: any threshold of them stop a queued batch.",
                    required: ["threshold", "holders"],
                    ("threshold", new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = "k: how many holders stop a batch." }),
                    ("holders", List(Text("A holder's address.", AddressPattern), "The holders' addresses."))),
                    "Veto holders by house name. Default: none.")))));
        schema.Insert(0, "$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.Insert(1, "title", "Polity charter");
        schema["$defs"] = Definitions(knownMethods);
        return schema.ToJsonString(Indented);
    }

    private const string AddressPattern = "^0x[0-9a-fA-F]{40}$";

    private static JsonObject Definitions(IReadOnlyCollection<string> knownMethods) => new()
    {
        ["name"] = new JsonObject
        {
            ["type"] = "string",
            ["pattern"] = NamePattern,
            ["description"] = "A short name: lowercase letters, digits and inner hyphens, starting with a letter.",
        },
        ["ratio"] = new JsonObject
        {
            ["description"] = "A share between 0 and 1: a percentage such as 50% or 66.67%, a fraction such as 2/3, or a decimal such as 0.5.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["pattern"] = @"^\s*((\d+(\.\d*)?|\.\d+)%?|\d+/\d+)\s*$" },
                new JsonObject { ["type"] = "number", ["minimum"] = 0, ["maximum"] = 1 }),
        },
        ["duration"] = new JsonObject
        {
            ["description"] = "A duration such as 7d, 12h, 30m, 45s, 2w or 1d12h; a bare number is seconds.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["pattern"] = @"^\s*(\d+|(\d+[wdhms])+)\s*$" },
                new JsonObject { ["type"] = "integer", ["minimum"] = 0 }),
        },
        ["house"] = Object(
            "A stakeholder group with its own membership and weight rule.",
            required: [],
            ("weight", Weight()),
            ("admit", Enum(Admissions.Select(a => a.Name), "How a stakeholder joins: by-proposal (an add-member action), by-house-vote (an add-member proposal this house votes on), open (anyone registered), open-with-attestation (anyone attested by a member of an attesting house). Default: by-proposal.")),
            ("attesters", List(Ref("name"), "For open-with-attestation: the houses whose members may attest. Default: none.")),
            ("description", Text("Free text."))),
        ["decision-type"] = Object(
            "A class of decision with its own process.",
            required: ["voting"],
            ("proposers", List(Ref("name"), "Houses whose members may propose. Default: any member of any house.")),
            ("deliberation", Ref("duration", "How long comments and objections run before voting opens. Default: 0.")),
            ("voting", Object(
                "Voting method, period, and the method's own settings (see docs/voting-methods.md).",
                required: ["method", "period"],
                [
                    ("method", Enum(knownMethods.Order(StringComparer.Ordinal), "The voting method.")),
                    ("period", Ref("duration", "How long voting stays open.")),
                    .. MethodSettings(knownMethods),
                ])),
            ("houses", IdMap(Nullable(Object(
                "One voting house's quorum and threshold.",
                required: [],
                [
                    ("quorum", Ref("ratio", "Share of the house's total weight that must take part, abstentions included: at least this. Default: 0%.")),
                    ("threshold", Ref("ratio", "Share of decisive votes an option must get: strictly greater than the threshold, except that 100% means every decisive vote. Default: 50%.")),
                    ("method", Enum(knownMethods.Order(StringComparer.Ordinal), "This house's own voting method, when it differs from the decision type's; its settings sit beside it.")),
                    .. MethodSettings(knownMethods),
                ])),
                "The houses that vote, by name, each with quorum and threshold.")),
            ("combine", Combine()),
            ("veto", Object(
                "A house that may stop a succeeded proposal during its timelock.",
                required: ["house"],
                ("house", Ref("name", "The vetoing house.")),
                ("threshold", Ref("ratio", "Vetoed when the vetoing weight is strictly greater than this share of the house's total weight. Default: 50%.")))),
            ("timelock", Ref("duration", "Delay between success and execution; also the veto window. Default: 0.")),
            ("grace", Ref("duration", $"How long after the timelock a queued proposal may still execute before it expires. Default: {DecisionType.DefaultGrace}.")),
            ("conflict-of-interest", Enum(ConflictRules.Select(c => c.Name), "What happens to beneficiaries of the proposal's actions: recuse (may not vote), disclose (vote, listed as disclosed), none. Default: none.")),
            ("actions", List(Enum(ActionKinds.All, "An action kind."), "Action kinds proposals of this type may carry. Default: every kind but amend-charter; for a type named amend-charter: amend-charter, signal."))),
        ["treasury"] = Object(
            "Treasury assets and the charter's spending limits.",
            required: [],
            ("assets", List(Asset(), "Assets the treasury holds. Default: none.")),
            ("spend-without-vote", new JsonObject
            {
                ["description"] = "Allowances a role may spend without a proposal, per period: a list, or a single allowance.",
                ["anyOf"] = new JsonArray(List(Ref("allowance"), "Allowances."), Ref("allowance")),
            }),
            ("budgets", IdMap(Ref("budget"), "Budget programs (envelopes) by name: money set aside by allocate-budget actions. Default: none.")),
            ("grants", Object(
                "Who takes part in the grant lifecycle. Without this key the network runs no grants.",
                required: ["reviewers"],
                ("reviewers", Ref("name", "The role whose holders review applications and attest milestones; declare it under roles.")),
                ("disbursers", Ref("name", "The role whose holders pay attested milestones out. Default: the reviewers' role."))))),
        ["stakeholders"] = Object(
            "The stakeholder map's vocabulary and what follows from it.",
            required: [],
            ("relationship-types", List(Object(
                "A custom relationship type, read from its first party to its second.",
                required: ["name"],
                ("name", Ref("name", "The forward name, such as mentors; must not be a built-in name (funds, serves, represents, employs, partners-with or their inverses).")),
                ("inverse", Ref("name", "The name read from the second party, such as mentored-by. Default: the name itself (the type reads the same both ways).")),
                ("description", Text("Free text."))), "Relationship types beyond the built-in ones. Default: none.")),
            ("conflict-of-interest", List(Ref("name"), "Relationship names, read from the voter's or reviewer's side (employs, funded-by): whoever stands in one of them to a beneficiary is treated as a beneficiary by the conflict-of-interest rules. Default: none.")),
            ("objective-stewards", Ref("name", "The role whose holders set objectives and report progress, besides the operator; declare it under roles. Default: the operator only."))),
        ["budget"] = Object(
            "A program's envelope.",
            required: ["asset"],
            ("asset", Text("The asset the envelope holds, declared under assets.", "^[A-Za-z][A-Za-z0-9]{0,15}$")),
            ("description", Text("Free text.")),
            ("cap", Text("Most that may ever be allocated to the program in total, in its asset, such as 20000 EUR. Default: no cap.", AmountPattern))),
        ["allowance"] = Object(
            "A role's allowance to spend without a vote.",
            required: ["limit", "per", "role"],
            ("limit", Text("Most it may spend per period: an amount in major units and an asset code, such as 500 EUR. No more decimals than the asset has.", AmountPattern)),
            ("per", Ref("duration", "The rolling period.")),
            ("role", Ref("name", "The role holding the allowance; declare it under roles.")),
            ("budget", Ref("name", "A budget program in the same asset to spend from. Default: the unallocated treasury."))),
    };

    private static JsonObject Combine() => new()
    {
        ["description"] = "How house results make one outcome: all-houses (passes in every voting house), majority-of-houses (passes in more than half), or a weighted joint tally. Default: all-houses.",
        ["anyOf"] = new JsonArray(
            Enum([AllHouses, MajorityOfHouses], "all-houses or majority-of-houses."),
            Object(
                "A joint tally: each house's support share times its weight, over the sum of weights, must be strictly greater than the threshold.",
                required: ["weighted"],
                ("weighted", IdMap(new JsonObject { ["type"] = "integer", ["minimum"] = 1 }, "A whole-number weight for every voting house.")),
                ("threshold", Ref("ratio", "Share the weighted support must exceed. Default: 50%.")))),
    };

    private static JsonObject Weight()
    {
        const string rules = "one-member-one-vote counts 1 each, stake counts the member's recorded stake, quadratic-of-stake its integer square root (⌊√stake⌋), reputation the points the member earned (⌊decayed sum⌋).";
        return new JsonObject
        {
            ["description"] = $"How much a member's ballot weighs: a rule name, or {{ rule, earn, half-life }} for reputation. {rules} Default: one-member-one-vote.",
            ["anyOf"] = new JsonArray(
                Enum(Weights.Select(w => w.Name), rules),
                Object(
                    "A weight rule with its settings.",
                    required: ["rule"],
                    ("rule", Enum(Weights.Select(w => w.Name), rules)),
                    ("earn", new JsonObject
                    {
                        ["type"] = "object",
                        ["description"] = "For reputation: points a member earns per event they author (proposal-executed: the proposal's author).",
                        ["additionalProperties"] = false,
                        ["properties"] = new JsonObject(ReputationEvents.All.Select(e =>
                            KeyValuePair.Create(e, (JsonNode?)new JsonObject { ["type"] = "integer", ["minimum"] = 1 }))),
                    }),
                    ("half-life", Ref("duration", "For reputation: points count half after this long, a quarter after twice as long, falling linearly in between. Default: they never fade.")))),
        };
    }

    private static JsonObject Asset() => new()
    {
        ["description"] = "An asset: a bare code (2 decimals) such as EUR, or { code, decimals } such as { code: USDC, decimals: 6 }.",
        ["anyOf"] = new JsonArray(
            Text("An asset code with 2 decimals.", "^[A-Za-z][A-Za-z0-9]{0,15}$"),
            Object(
                "An asset code and its decimals.",
                required: ["code", "decimals"],
                ("code", Text("Letters and digits, such as USDC.", "^[A-Za-z][A-Za-z0-9]{0,15}$")),
                ("decimals", new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = 18, ["description"] = "Digits of the minor unit: EUR 2, USDC 6." }),
                ("overdraft", Text("How far below zero the unallocated treasury may go in this asset, such as 1000 EUR. Default: 0 (never below zero).", AmountPattern)))),
    };

    /// <summary>Every method's settings, each described with the methods that read it.</summary>
    private static IEnumerable<(string Key, JsonNode Schema)> MethodSettings(IReadOnlyCollection<string> knownMethods) =>
        VotingMethods.All
            .Where(m => knownMethods.Contains(m.Name))
            .SelectMany(m => m.Parameters.Select(p => (Method: m.Name, Parameter: p)))
            .GroupBy(x => x.Parameter.Name, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (JsonNode)new JsonObject
            {
                ["type"] = new JsonArray("string", "number", "boolean"),
                ["description"] = string.Join(" ", g.Select(x => $"{x.Method}: {x.Parameter.Description} Default: {x.Parameter.Default}.")),
            }));

    private static JsonObject Object(string description, string[] required, params (string Key, JsonNode Schema)[] properties)
    {
        var props = new JsonObject();
        foreach (var (key, schema) in properties)
        {
            props[key] = schema;
        }
        var result = new JsonObject
        {
            ["type"] = "object",
            ["description"] = description,
            ["additionalProperties"] = false,
            ["properties"] = props,
        };
        if (required.Length > 0)
        {
            result["required"] = new JsonArray(required.Select(r => (JsonNode)r).ToArray());
        }
        return result;
    }

    private static JsonObject IdMap(JsonNode value, string description) => new()
    {
        ["type"] = "object",
        ["description"] = description,
        ["propertyNames"] = Ref("name"),
        ["additionalProperties"] = value,
    };

    private static JsonObject List(JsonNode items, string description) => new()
    {
        ["type"] = "array",
        ["description"] = description,
        ["items"] = items,
    };

    private static JsonObject Enum(IEnumerable<string> values, string description) => new()
    {
        ["type"] = "string",
        ["description"] = description,
        ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()),
    };

    private static JsonObject Text(string description, string? pattern = null)
    {
        var result = new JsonObject { ["type"] = "string", ["description"] = description };
        if (pattern is not null)
        {
            result["pattern"] = pattern;
        }
        return result;
    }

    private static JsonObject Ref(string definition, string? description = null)
    {
        var result = new JsonObject { ["$ref"] = $"#/$defs/{definition}" };
        if (description is not null)
        {
            result["description"] = description;
        }
        return result;
    }

    private static JsonObject Nullable(JsonNode schema) => new()
    {
        ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null", ["description"] = "Every default." }),
    };
}
