using System.Text;
using System.Text.Json.Nodes;
using Polity.Core.Events;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Engine.Charters;

namespace Polity.Engine.Views;

/// <summary>
/// The daoURI document of EIP-4824 and the members, proposals, contracts and governance documents it points to.
/// Field names follow the DAOstar JSON-LD schemas; fields with no value are left out, as the standard asks.
/// </summary>
public static partial class Eip4824
{
    /// <summary>The JSON-LD context every document carries.</summary>
    public const string Context = "http://www.daostar.org/schemas";

    /// <summary>Where the documents live, relative to the site's root (the daoURI itself is <c>/.well-known/dao.json</c>).</summary>
    public static class Paths
    {
        /// <summary>The daoURI.</summary>
        public const string Dao = "/.well-known/dao.json";

        /// <summary>Members.</summary>
        public const string Members = "/api/eip4824/members";

        /// <summary>Proposals.</summary>
        public const string Proposals = "/api/eip4824/proposals";

        /// <summary>Activity log.</summary>
        public const string ActivityLog = "/api/eip4824/activity";

        /// <summary>Governance (Markdown).</summary>
        public const string Governance = "/api/eip4824/governance.md";

        /// <summary>Contracts (only when the charter has a <c>chain:</c> section).</summary>
        public const string Contracts = "/api/eip4824/contracts";
    }

    /// <summary>The daoURI document: name, description and the URIs of the other documents under <paramref name="baseUrl"/>.</summary>
    public static JsonObject Dao(NetworkState s, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(s);
        var root = baseUrl.TrimEnd('/');
        var dao = new JsonObject
        {
            ["@context"] = Context,
            ["type"] = "DAO",
            ["name"] = s.Network,
        };
        if (s.Charter.Charter.Purpose.Trim() is { Length: > 0 } purpose)
        {
            dao["description"] = purpose;
        }
        dao["membersURI"] = root + Paths.Members;
        dao["proposalsURI"] = root + Paths.Proposals;
        dao["activityLogURI"] = root + Paths.ActivityLog;
        dao["governanceURI"] = root + Paths.Governance;
        if (Contracts(s) is not null)
        {
            dao["contractsURI"] = root + Paths.Contracts;
        }
        return dao;
    }

    /// <summary>
    /// Registered stakeholders as members, each by its <c>did:pkh</c>; beside the schema's <c>id</c> each carries
    /// <c>name</c>, <c>kind</c> and the <c>houses</c> it belongs to.
    /// </summary>
    public static JsonObject Members(NetworkState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var members = new JsonArray();
        foreach (var x in s.Stakeholders.Values.OrderBy(x => x.Since).ThenBy(x => x.Address.Value, StringComparer.Ordinal))
        {
            members.Add(new JsonObject
            {
                ["id"] = x.Address.ToDid(),
                ["name"] = x.Name,
                ["kind"] = x.Kind,
                ["houses"] = new JsonArray([.. s.HousesOf(x.Address).Select(h => JsonValue.Create(h))]),
            });
        }
        return new JsonObject { ["@context"] = Context, ["type"] = "DAO", ["name"] = s.Network, ["members"] = members };
    }

    /// <summary>
    /// Every proposal, oldest first: id (<c>NETWORK:proposal:N</c>, as the activity log names it), name, status,
    /// contentURI (the JSON read model), discussionURI (the web page), and the EVM calls of its options'
    /// chain-batch actions (<c>from</c> the executor when the charter names one).
    /// </summary>
    public static JsonObject Proposals(NetworkState s, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(s);
        var root = baseUrl.TrimEnd('/');
        var executor = s.Charter.Charter.Chain?.Executor;
        var proposals = new JsonArray();
        foreach (var p in s.Proposals.Values.OrderBy(p => p.Id))
        {
            var calls = new JsonArray();
            foreach (var option in p.Options)
            {
                foreach (var call in option.Actions.OfType<ProposalAction.ChainBatch>().SelectMany(b => b.Calls))
                {
                    var c = new JsonObject { ["type"] = "CallDataEVM", ["operation"] = "call" };
                    if (executor is not null)
                    {
                        c["from"] = executor;
                    }
                    c["to"] = call.Target;
                    c["value"] = call.Value;
                    c["data"] = call.Data;
                    c["option"] = option.Name;
                    calls.Add(c);
                }
            }
            proposals.Add(new JsonObject
            {
                ["type"] = "proposal",
                ["id"] = $"{s.Network}:proposal:{p.Id}",
                ["name"] = p.Title,
                ["contentURI"] = $"{root}/api/proposals/{p.Id}",
                ["discussionURI"] = $"{root}/proposals/{p.Id}",
                ["status"] = Lifecycle.StatusOf(p, s.Now).ToString(),
                ["calls"] = calls,
            });
        }
        return new JsonObject { ["@context"] = Context, ["type"] = "DAO", ["name"] = s.Network, ["proposals"] = proposals };
    }

    /// <summary>The contracts of the charter's <c>chain:</c> section as CAIP-10 ids, or null when it has none deployed.</summary>
    public static JsonObject? Contracts(NetworkState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Charter.Charter.Chain is not { } chain)
        {
            return null;
        }
        var contracts = new JsonArray();
        void Add(string? address, string name, string description)
        {
            if (address is not null)
            {
                contracts.Add(new JsonObject { ["id"] = $"eip155:{chain.ChainId}:{address}", ["name"] = name, ["description"] = description });
            }
        }
        Add(chain.Executor, "PolityExecutor", "Queues and executes the batches the log approved, after the veto window");
        Add(chain.Anchor, "PolityAnchor", "Holds the log's tree heads");
        Add(chain.Safe, "Safe", "The treasury the executor is a module of");
        return contracts.Count == 0 ? null : new JsonObject { ["@context"] = Context, ["type"] = "DAO", ["name"] = s.Network, ["contracts"] = contracts };
    }

    /// <summary>The governance document: the charter in force, summarised and then in full, as Markdown.</summary>
    public static string Governance(NetworkState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var charter = s.Charter.Charter;
        var md = new StringBuilder();
        md.Append($"# {s.Network}: governance\n\n").Append(charter.Purpose.Trim()).Append("\n\n");
        md.Append($"Charter version {s.CharterVersionNumber}. Every decision is an event in a signed, append-only log; the rules below decide what the log accepts.\n\n");
        md.Append("## Houses\n\n");
        foreach (var h in charter.Houses)
        {
            md.Append($"- **{h.Id}**: weight by {CharterVocabulary.Weights.First(w => w.Value == h.Weight).Name}, admission by {CharterVocabulary.Admissions.First(a => a.Value == h.Admit).Name}")
                .Append(h.Description.Length > 0 ? $" — {h.Description}" : "").Append('\n');
        }
        md.Append("\n## Decision types\n\n");
        foreach (var d in charter.DecisionTypes)
        {
            md.Append($"- **{d.Id}**: proposed by {string.Join(", ", d.Proposers)}; deliberation {d.Deliberation}, voting by {d.Voting.Method} for {d.Voting.Period}; ")
                .Append($"houses {string.Join(", ", d.Houses.Select(r => r.House))}; timelock {d.Timelock}; actions {string.Join(", ", d.Actions)}\n");
        }
        md.Append("\n## The charter in full\n\n```yaml\n").Append(s.Charter.Source.TrimEnd()).Append("\n```\n");
        return md.ToString();
    }
}
