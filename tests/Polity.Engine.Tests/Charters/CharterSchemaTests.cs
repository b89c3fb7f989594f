using System.Text.Json;
using Polity.Engine.Charters;
using YamlDotNet.RepresentationModel;

namespace Polity.Engine.Tests.Charters;

public class CharterSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(CharterSchema.JsonSchema()).RootElement;

    private static JsonElement Definition(string name) => Schema.GetProperty("$defs").GetProperty(name);

    private static YamlMappingNode Example()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(CharterFiles.Example));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<string> Keys(YamlNode node) =>
        ((YamlMappingNode)node).Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    private static void ShouldDescribe(JsonElement objectSchema, string key)
    {
        objectSchema.GetProperty("properties").TryGetProperty(key, out var property).ShouldBeTrue($"schema lacks '{key}'");
        property.TryGetProperty("description", out var description).ShouldBeTrue($"'{key}' has no description");
        description.GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Schema_is_draft_2020_12_json_and_closed_at_the_top()
    {
        Schema.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");
        Schema.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        Schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()).ShouldBe(["network", "purpose"]);
    }

    [Fact]
    public void Schema_describes_every_key_the_example_uses()
    {
        var root = Example();
        foreach (var key in Keys(root))
        {
            ShouldDescribe(Schema, key);
        }
        foreach (var house in ((YamlMappingNode)root["houses"]).Children.Values)
        {
            foreach (var key in Keys(house))
            {
                ShouldDescribe(Definition("house"), key);
            }
        }
        foreach (var type in ((YamlMappingNode)root["decision-types"]).Children.Values)
        {
            foreach (var key in Keys(type))
            {
                ShouldDescribe(Definition("decision-type"), key);
            }
        }
        foreach (var key in Keys(root["treasury"]))
        {
            ShouldDescribe(Definition("treasury"), key);
        }
        foreach (var budget in ((YamlMappingNode)root["treasury"]["budgets"]).Children.Values)
        {
            foreach (var key in Keys(budget))
            {
                ShouldDescribe(Definition("budget"), key);
            }
        }
        foreach (var key in Keys(root["treasury"]["grants"]))
        {
            ShouldDescribe(Definition("treasury").GetProperty("properties").GetProperty("grants"), key);
        }
        foreach (var key in Keys(root["stakeholders"]))
        {
            ShouldDescribe(Definition("stakeholders"), key);
        }
    }

    [Fact]
    public void Every_fixed_key_object_forbids_additional_properties()
    {
        var objects = new List<JsonElement>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                if (e.TryGetProperty("properties", out _))
                {
                    objects.Add(e);
                }
                foreach (var p in e.EnumerateObject())
                {
                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }
        Walk(Schema);
        objects.Count.ShouldBeGreaterThan(8);
        objects.ShouldAllBe(o => o.GetProperty("additionalProperties").ValueKind == JsonValueKind.False);
    }

    [Fact]
    public void Enums_list_the_values_the_loader_accepts()
    {
        static string[] Enum(JsonElement property) => property.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        var house = Definition("house").GetProperty("properties");
        Enum(house.GetProperty("weight").GetProperty("anyOf")[0]).ShouldBe(["one-member-one-vote", "stake", "quadratic-of-stake", "reputation"]);
        var weightRule = house.GetProperty("weight").GetProperty("anyOf")[1].GetProperty("properties");
        Enum(weightRule.GetProperty("rule")).ShouldBe(["one-member-one-vote", "stake", "quadratic-of-stake", "reputation"]);
        weightRule.GetProperty("earn").GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .ShouldBe(["ballot-cast", "comment-posted", "proposal-created", "proposal-executed"]);
        Enum(house.GetProperty("admit")).ShouldBe(["by-proposal", "by-house-vote", "open", "open-with-attestation"]);
        var type = Definition("decision-type").GetProperty("properties");
        Enum(type.GetProperty("conflict-of-interest")).ShouldBe(["recuse", "disclose", "none"]);
        Enum(type.GetProperty("actions").GetProperty("items")).ShouldBe(["signal", "transfer", "add-member", "remove-member", "amend-charter", "allocate-budget", "award-grant", "open-round", "chain-batch", "return-funds", "cancel-grant"]);
        Enum(type.GetProperty("voting").GetProperty("properties").GetProperty("method")).ShouldBe([.. Polity.Core.Voting.VotingMethods.Names]);

        var custom = JsonDocument.Parse(CharterSchema.JsonSchema(["ranked", "choice"])).RootElement;
        Enum(custom.GetProperty("$defs").GetProperty("decision-type").GetProperty("properties")
            .GetProperty("voting").GetProperty("properties").GetProperty("method")).ShouldBe(["choice", "ranked"]);
    }

    [Fact]
    public void Schema_is_deterministic()
    {
        CharterSchema.JsonSchema().ShouldBe(CharterSchema.JsonSchema());
    }
}
