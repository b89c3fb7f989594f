using Polity.Core.Charters;
using Polity.Core.Primitives;
using Polity.Engine.Charters;

namespace Polity.Engine.Tests.Charters;

public partial class CharterLoaderTests
{
    /// <summary>The smallest sound charter; tests change one line of it at a time.</summary>
    private const string Minimal = """
        network: tiny
        purpose: Test the loader.
        houses:
          members: {}
        decision-types:
          amend-charter:
            voting: { method: choice, period: 7d }
            houses:
              members: { threshold: 66% }
        """;

    private static Charter Loaded(string text, string file = "tiny.yaml", IReadOnlyCollection<string>? methods = null)
    {
        var result = methods is null ? CharterLoader.Load(text, file) : CharterLoader.Load(text, file, methods);
        if (result is CharterLoadResult.Invalid invalid)
        {
            Assert.Fail(string.Join(Environment.NewLine, invalid.Errors));
        }
        return result.ShouldBeOfType<CharterLoadResult.Loaded>().Charter;
    }

    private static List<string> Errors(string text, string file = "tiny.yaml", IReadOnlyCollection<string>? methods = null)
    {
        var result = methods is null ? CharterLoader.Load(text, file) : CharterLoader.Load(text, file, methods);
        return result.ShouldBeOfType<CharterLoadResult.Invalid>().Errors.Select(e => e.ToString()).ToList();
    }

    [Fact]
    public void Minimal_charter_gets_every_default()
    {
        var charter = Loaded(Minimal);
        charter.Roles.ShouldBeEmpty();
        charter.Houses.ShouldHaveSingleItem().ShouldBe(new House("members", WeightRule.OneMemberOneVote, AdmissionRule.ByProposal, [], ""), new HouseComparer());
        var type = charter.DecisionTypes.ShouldHaveSingleItem();
        type.Proposers.ShouldBeEmpty();
        type.Deliberation.ShouldBe(Duration.Zero);
        type.Houses.ShouldBe([new HouseVoteRule("members", Ratio.Zero, new Ratio(66, 100))]);
        type.Combine.ShouldBeOfType<CombineRule.AllHouses>();
        type.Veto.ShouldBeNull();
        type.Timelock.ShouldBe(Duration.Zero);
        type.Grace.ShouldBe(DecisionType.DefaultGrace);
        type.ConflictOfInterest.ShouldBe(ConflictOfInterestRule.None);
        type.Actions.ShouldBe(DecisionType.DefaultActions("amend-charter"));
        charter.Treasury.Assets.ShouldBeEmpty();
        charter.Treasury.SpendWithoutVote.ShouldBeEmpty();
    }

    [Fact]
    public void Error_prints_as_file_line_column_message()
    {
        new CharterError("c.yaml", 3, 7, "boom").ToString().ShouldBe("c.yaml:3:7: boom");
    }

    [Fact]
    public void Misspelled_key_names_its_position_the_choices_and_a_suggestion()
    {
        var text = Minimal.Replace("members: { threshold: 66% }", "members:\n        quorom: 20%\n        threshold: 66%", StringComparison.Ordinal);
        Errors(text).ShouldBe(
        [
            "tiny.yaml:10:9: unknown key 'quorom' in decision-types.amend-charter.houses.members: expected one of quorum, threshold, method (did you mean 'quorum'?)",
        ]);
    }

    [Fact]
    public void Misspelled_key_in_a_flow_mapping_points_at_the_key()
    {
        var text = Minimal.Replace("{ threshold: 66% }", "{ threshhold: 66% }", StringComparison.Ordinal);
        Errors(text).ShouldBe(
        [
            "tiny.yaml:9:18: unknown key 'threshhold' in decision-types.amend-charter.houses.members: expected one of quorum, threshold, method (did you mean 'threshold'?)",
        ]);
    }

    [Fact]
    public void Wrong_scalar_type_says_what_was_expected()
    {
        var text = Minimal.Replace("threshold: 66%", "threshold: lots", StringComparison.Ordinal);
        Errors(text).ShouldBe(
        [
            "tiny.yaml:9:29: decision-types.amend-charter.houses.members.threshold: 'lots' is not valid: expected a percentage such as 50% or a fraction such as 2/3, between 0% and 100%",
        ]);
    }

    [Fact]
    public void Wrong_duration_and_wrong_choice_say_what_was_expected()
    {
        var text = Minimal
            .Replace("period: 7d", "period: a week", StringComparison.Ordinal)
            .Replace("members: {}", "members: { weight: stakes }", StringComparison.Ordinal);
        Errors(text).ShouldBe(
        [
            "tiny.yaml:4:22: houses.members.weight: 'stakes' is not valid: expected one of one-member-one-vote, stake, quadratic-of-stake, reputation (did you mean 'stake'?)",
            "tiny.yaml:7:39: decision-types.amend-charter.voting.period: 'a week' is not valid: expected a duration such as 7d, 12h, 30m or 1d12h (w, d, h, m, s)",
        ]);
    }

    [Fact]
    public void A_mapping_where_a_value_belongs_is_reported()
    {
        var text = Minimal.Replace("purpose: Test the loader.", "purpose: { text: Test }", StringComparison.Ordinal);
        Errors(text).ShouldBe(["tiny.yaml:2:10: purpose: expected a sentence or two on what the network is for, found a mapping"]);
    }

    [Fact]
    public void Missing_required_key_is_reported_at_the_parent_mapping()
    {
        var text = Minimal.Replace("{ method: choice, period: 7d }", "{ method: choice }", StringComparison.Ordinal);
        Errors(text).ShouldBe(["tiny.yaml:7:13: missing required key 'period' in decision-types.amend-charter.voting"]);
    }

    [Fact]
    public void Missing_top_level_keys_are_reported_at_the_document_start()
    {
        var text = "# no name\n" + Minimal.Replace("network: tiny\npurpose: Test the loader.\n", "", StringComparison.Ordinal);
        Errors(text).ShouldBe(
        [
            "tiny.yaml:2:1: missing required key 'network' at the top level",
            "tiny.yaml:2:1: missing required key 'purpose' at the top level",
        ]);
    }

    [Fact]
    public void Unknown_house_in_a_decision_type_is_reported_at_its_key()
    {
        var text = Minimal + "\n      guests: { threshold: 50% }\n    proposers: [members, visitors]";
        Errors(text).ShouldBe(
        [
            "tiny.yaml:10:7: decision-types.amend-charter.houses.guests: unknown house 'guests': expected one of members",
            "tiny.yaml:11:26: decision-types.amend-charter.proposers.1: unknown house 'visitors': expected one of members",
        ]);
    }

    [Fact]
    public void Semantic_problem_without_its_own_node_falls_back_to_the_nearest_ancestor()
    {
        var text = Minimal.Replace("amend-charter:", "policy:", StringComparison.Ordinal);
        Errors(text).ShouldBe(
        [
            "tiny.yaml:5:1: decision-types: expected a decision type that may carry 'amend-charter' actions (usually named amend-charter), or the charter could never change",
        ]);
    }

    [Fact]
    public void Duplicate_keys_are_all_reported()
    {
        var text = Minimal.Replace("network: tiny", "network: tiny\nnetwork: other", StringComparison.Ordinal)
            + "\n      members: { threshold: 50% }";
        Errors(text).ShouldBe(
        [
            "tiny.yaml:2:1: duplicate key 'network' at the top level (first at line 1)",
            "tiny.yaml:11:7: duplicate key 'members' in decision-types.amend-charter.houses (first at line 10)",
        ]);
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_where_the_parser_stopped()
    {
        var text = Minimal.Replace("members: {}", "members: {}}", StringComparison.Ordinal);
        var errors = Errors(text);
        errors.ShouldHaveSingleItem().ShouldStartWith("tiny.yaml:4:14: YAML syntax error: ");
    }

    [Fact]
    public void Unquoted_colon_in_a_value_gets_a_hint()
    {
        var text = Minimal.Replace("Test the loader.", "Test: the loader.", StringComparison.Ordinal);
        Errors(text).ShouldBe(["tiny.yaml:2:14: YAML syntax error: While scanning a plain scalar value, found invalid mapping. (a value that contains ': ' must be quoted)"]);
    }

    [Fact]
    public void Unclosed_flow_collection_is_a_syntax_error_not_a_crash()
    {
        var text = Minimal.Replace("{ method: choice, period: 7d }", "{ method: choice, period: 7d", StringComparison.Ordinal);
        Errors(text).ShouldHaveSingleItem().ShouldStartWith("tiny.yaml:");
        Errors("a: [1, 2\nb: 3\n").ShouldBe(["tiny.yaml:1:4: YAML syntax error: a flow collection ('[' or '{') opened here is not closed"]);
    }

    [Fact]
    public void Empty_text_and_non_mapping_documents_are_errors()
    {
        Errors("").ShouldBe(["tiny.yaml:1:1: the charter is empty: expected a mapping with at least network and purpose"]);
        Errors("- a\n- b\n").ShouldBe(["tiny.yaml:1:1: the charter: expected a mapping with the keys network, purpose, roles, houses, decision-types, treasury, stakeholders, chain, found a list"]);
        Errors(Minimal + "\n---\nnetwork: second\n").ShouldBe(["tiny.yaml:10:1: expected a single YAML document, found a second one"]);
    }

    [Fact]
    public void Unknown_voting_method_lists_the_known_ones()
    {
        var text = Minimal.Replace("method: choice", "method: borda", StringComparison.Ordinal);
        Errors(text).ShouldBe(
        [
            $"tiny.yaml:7:23: decision-types.amend-charter.voting.method: unknown voting method 'borda': expected one of {string.Join(", ", CharterLoader.DefaultMethods)}",
        ]);
        Errors(text, methods: ["choice", "approval"]).ShouldBe(
        [
            "tiny.yaml:7:23: decision-types.amend-charter.voting.method: unknown voting method 'borda': expected one of approval, choice",
        ]);
        CharterLoader.DefaultMethods.ShouldBe(Polity.Core.Voting.VotingMethods.Names);
    }

    [Fact]
    public void A_method_setting_the_method_does_not_take_is_refused_where_it_is_written()
    {
        var text = Minimal.Replace("method: choice", "method: choice, seats: 3", StringComparison.Ordinal);
        Errors(text).ShouldHaveSingleItem().ShouldStartWith("tiny.yaml:7:");
        Errors(text).Single().ShouldContain("unknown key 'seats'");
        var bad = Minimal.Replace("method: choice", "method: choice, majority: most", StringComparison.Ordinal);
        Errors(bad).ShouldBe(["tiny.yaml:7:41: decision-types.amend-charter.voting.majority: 'most' is not valid for majority: expected one of relative, absolute"]);
        Loaded(Minimal.Replace("method: choice", "method: choice, majority: absolute", StringComparison.Ordinal))
            .DecisionTypes[0].Voting.Settings.Get("majority").ShouldBe("absolute");
    }

    [Fact]
    public void Json_charter_loads_like_its_yaml_twin()
    {
        const string json = """
            {
              "network": "tiny",
              "purpose": "Test the loader.",
              "roles": ["stewards"],
              "houses": { "members": { "weight": "stake", "admit": "open" } },
              "decision-types": {
                "amend-charter": {
                  "voting": { "method": "choice", "period": "7d" },
                  "houses": { "members": { "quorum": 0.25, "threshold": "2/3" } },
                  "combine": { "weighted": { "members": 3 }, "threshold": "60%" },
                  "timelock": 3600
                }
              },
              "treasury": {
                "assets": ["EUR", { "code": "USDC", "decimals": 6 }],
                "spend-without-vote": [{ "limit": "12.5 USDC", "per": "1w", "role": "stewards" }]
              }
            }
            """;
        var charter = Loaded(json, "tiny.json");
        charter.FindHouse("members")!.Weight.ShouldBe(WeightRule.Stake);
        charter.FindHouse("members")!.Admit.ShouldBe(AdmissionRule.Open);
        var type = charter.DecisionTypes.ShouldHaveSingleItem();
        type.Houses.ShouldBe([new HouseVoteRule("members", new Ratio(1, 4), new Ratio(2, 3))]);
        var weighted = type.Combine.ShouldBeOfType<CombineRule.Weighted>();
        weighted.Weights.ShouldBe(new Dictionary<string, long> { ["members"] = 3 });
        weighted.Threshold.ShouldBe(new Ratio(3, 5));
        type.Timelock.Seconds.ShouldBe(3600);
        charter.Treasury.Assets.ShouldBe([new Asset("EUR", 2), new Asset("USDC", 6)]);
        charter.Treasury.SpendWithoutVote.ShouldBe([new SpendAllowance("USDC", 12_500_000, Duration.FromDays(7), "stewards")]);
    }

    [Fact]
    public void Amount_with_more_decimals_than_the_asset_allows_is_an_error()
    {
        var text = Minimal.Replace("network: tiny", "network: tiny\nroles: [stewards]", StringComparison.Ordinal)
            + "\ntreasury:\n  assets: [EUR]\n  spend-without-vote:\n    - { limit: 500.125 EUR, per: 30d, role: stewards }";
        Errors(text).ShouldBe(
        [
            "tiny.yaml:14:16: treasury.spend-without-vote.0.limit: '500.125 EUR' has more decimals than EUR allows: expected at most 2 digits after the point",
        ]);
    }

    [Fact]
    public void Single_allowance_mapping_counts_as_a_list_of_one_and_semantic_paths_map_into_it()
    {
        var text = Minimal + "\ntreasury:\n  assets: [EUR]\n  spend-without-vote: { limit: 0.01 EUR, per: 1d, role: treasurers }";
        Errors(text).ShouldBe(
        [
            "tiny.yaml:12:57: treasury.spend-without-vote.0.role: unknown role 'treasurers': declare it under 'roles'",
        ]);
    }

    [Fact]
    public void Many_errors_are_reported_together_in_position_order()
    {
        var text = CharterFiles.Read("examples/charters/invalid/many-errors.yaml");
        var errors = Errors(text, "many-errors.yaml");
        errors.Count.ShouldBeGreaterThanOrEqualTo(5);
        var positions = CharterLoader.Load(text, "many-errors.yaml").ShouldBeOfType<CharterLoadResult.Invalid>().Errors
            .Select(e => (e.Line, e.Column)).ToList();
        positions.ShouldBe(positions.Order().ToList());
    }

    private sealed class HouseComparer : IEqualityComparer<House>
    {
        public bool Equals(House? x, House? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Weight == y.Weight && x.Admit == y.Admit
            && x.Attesters.SequenceEqual(y.Attesters) && x.Description == y.Description;

        public int GetHashCode(House obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
