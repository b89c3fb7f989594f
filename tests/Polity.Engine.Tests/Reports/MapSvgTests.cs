using System.Xml.Linq;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Engine.Reports;
using Polity.Engine.Tests.Log;

namespace Polity.Engine.Tests.Reports;

public sealed class MapSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static Address A(string name) => TestNetwork.KeyOf(name).Address;

    /// <summary>The example charter with a funder, two grantees (one of them also a resident) and an officer in none, and three relationships.</summary>
    private static NetworkState Mapped()
    {
        var charter = Proposals.ProposalFile.LoadCharter(Path.Combine(Charters.CharterFiles.RepositoryRoot, "examples/charters/commons-fund.yaml"));
        NetworkState? state = null;
        long seq = 0;
        void Do(string who, PolityEvent e)
        {
            var ctx = new EventContext(++seq, who == "op" ? A("op") : A(who), 1_800_000_000);
            NetworkRules.Check(state, e, ctx).ShouldBeNull(e.ToString());
            state = NetworkFold.Apply(state, e, ctx);
        }
        Do("op", new NetworkCreated("commons-fund", ClockMode.Simulated, charter));
        foreach (var (name, kind, house) in new[] { ("fund", "organisation", "funders"), ("trust", "organisation", "grantees"), ("roofs", "organisation", "grantees"), ("ana", "person", "community"), ("sec", "person", "") })
        {
            Do("op", new StakeholderRegistered(A(name), $"The {name} <&>", kind, []));
            if (house.Length > 0)
            {
                Do("op", new MemberAdmitted(house, A(name), house == "funders" ? 10 : 0));
            }
        }
        Do("op", new MemberAdmitted("grantees", A("ana"), 0));
        Do("fund", new RelationshipDeclared("funds", A("fund").Value, A("trust").Value, 1_700_000_000, "https://example.org/annual-report"));
        Do("ana", new RelationshipDeclared("employed-by", A("ana").Value, A("trust").Value, 1_700_000_000, ""));
        Do("roofs", new RelationshipDeclared("mentors", A("roofs").Value, A("trust").Value, 1_700_000_000, ""));
        Do("ana", new RelationshipDeclared("represents", A("ana").Value, "community", 1_700_000_000, ""));
        Do("ana", new RelationshipDeclared("partners-with", A("ana").Value, A("sec").Value, 1_700_000_000, ""));
        Do("ana", new RelationshipEnded(5, "ended"));
        return state!;
    }

    [Fact]
    public void The_map_is_well_formed_svg_with_every_stakeholder_every_house_and_a_legend()
    {
        var state = Mapped();
        var doc = XDocument.Parse(MapSvg.Render(state));
        doc.Root!.Name.ShouldBe(Svg + "svg");
        var texts = doc.Descendants(Svg + "text").Select(t => t.Value).ToList();
        foreach (var s in state.Stakeholders.Values)
        {
            texts.ShouldContain(s.Name);
        }
        texts.ShouldContain("funders");
        texts.ShouldContain("no house");
        texts.ShouldContain("also community");
        texts.ShouldContain("1 member");
        var legend = doc.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        legend.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("employs / employed-by — pays a wage to (conflict of interest: employs, employed-by)");
        legend.Descendants(Svg + "text").Select(t => t.Value).ShouldContain("mentors / mentored-by — Coaches another group through its first grant.");
        doc.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "house").ShouldBe(4);
    }

    [Fact]
    public void Each_holding_relationship_is_one_edge_styled_by_its_type_and_ended_ones_are_left_out()
    {
        var doc = XDocument.Parse(MapSvg.Render(Mapped()));
        var edges = doc.Descendants(Svg + "path").Where(p => ((string?)p.Attribute("class"))?.StartsWith("edge", StringComparison.Ordinal) == true).ToList();
        edges.Select(e => (string)e.Attribute("class")!).ShouldBe(["edge rel-funds", "edge rel-employs", "edge rel-mentors", "edge rel-represents"]);
        edges[0].Attribute("stroke")!.Value.ShouldNotBe(edges[1].Attribute("stroke")!.Value);
        edges[3].Attribute("stroke-dasharray")!.Value.ShouldBe("2 4");
        edges[1].Element(Svg + "title")!.Value.ShouldBe("The trust <&> employs The ana <&> since 2023-11-14 (relationship 2)");
        edges[0].Attribute("marker-end")!.Value.ShouldBe("url(#arrow-funds)");
    }

    [Fact]
    public void A_relationship_whose_type_a_later_charter_dropped_still_draws_in_grey()
    {
        var state = Mapped();
        var charter = state.Charter.Charter with { Stakeholders = state.Charter.Charter.Stakeholders with { RelationshipTypes = [] } };
        var doc = XDocument.Parse(MapSvg.Render(state with { Charter = new CharterVersion("# v2", charter) }));
        var mentors = doc.Descendants(Svg + "path").Single(p => (string?)p.Attribute("class") == "edge rel-mentors");
        mentors.Attribute("stroke")!.Value.ShouldBe("#9e9e9e");
        mentors.Attribute("marker-end").ShouldBeNull();
    }

    [Fact]
    public void The_same_state_always_renders_the_same_bytes()
    {
        MapSvg.Render(Mapped()).ShouldBe(MapSvg.Render(Mapped()));
    }
}
