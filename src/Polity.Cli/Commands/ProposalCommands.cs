using System.CommandLine;
using System.Globalization;
using Polity.Core.Events;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Core.Voting;
using Polity.Engine;
using Polity.Engine.Proposals;

namespace Polity.Cli.Commands;

/// <summary><c>polity proposal …</c>: the whole lifecycle from draft to execution.</summary>
public static class ProposalCommands
{
    /// <summary>Builds the proposal commands.</summary>
    public static Command Build(Runner run)
    {
        var command = new Command("proposal", "Draft, deliberate, vote on, queue, veto and execute proposals");
        command.Subcommands.Add(Create(run));
        command.Subcommands.Add(Amend(run));
        command.Subcommands.Add(Simple(run, "submit", "Open deliberation on your draft (fixes its electorate and rules)", (_, id) => new ProposalSubmitted(id), "submitted"));
        command.Subcommands.Add(Text(run, "comment", "Comment during deliberation or voting", "comment"));
        command.Subcommands.Add(Text(run, "object", "Raise an objection during deliberation or voting", Comment.Objection));
        command.Subcommands.Add(Text(run, "block", "Block with a reason: under consent, the proposal fails while your block stands", Comment.Block));
        command.Subcommands.Add(Withdraw(run));
        command.Subcommands.Add(Vote(run));
        command.Subcommands.Add(WithReason(run, "cancel", "cancelled", "Withdraw your draft or proposal in deliberation", (id, r) => new ProposalCancelled(id, r)));
        command.Subcommands.Add(Simple(run, "queue", "Queue a succeeded proposal: its timelock and veto window start", Queue, "queued"));
        command.Subcommands.Add(WithReason(run, "veto", "vetoed by you", "Veto a queued proposal (members of the veto house, during the timelock)", (id, r) => new VetoCast(id, r)));
        command.Subcommands.Add(Simple(run, "execute", "Execute a queued proposal after its timelock", (_, id) => new ProposalExecuted(id), "executed"));
        command.Subcommands.Add(Show(run));
        command.Subcommands.Add(List(run));
        command.Subcommands.Add(TallyCommand(run));
        return command;
    }

    private static Argument<long> IdArgument() => new("id") { Description = "Proposal number" };

    private static Command Create(Runner run)
    {
        var type = new Option<string>("--type") { Description = "Decision type from the charter" };
        var title = new Option<string>("--title") { Description = "One-line title" };
        var body = new Option<string>("--body") { Description = "The case for it", DefaultValueFactory = _ => "" };
        var file = new Option<string>("--file") { Description = "A proposal file (YAML/JSON) with type, title, body, options and actions; see docs/cli.md" };
        var options = new Option<string[]>("--option") { Description = "An option name (repeat); default: for, against, abstain" };
        var signal = new Option<bool>("--signal") { Description = "A signal: no actions" };
        var simulation = new Option<string>("--simulation") { Description = "For a charter amendment: attach the report 'polity simulate --charter … --out' wrote for its charter" };
        var command = new Command("create", "Draft a proposal (simple yes/no flags, or --file for options with actions)") { type, title, body, file, options, signal, simulation };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            ProposalCreated e;
            if (ctx.Parse.GetValue(file) is { Length: > 0 } path)
            {
                if (ctx.Parse.GetValue(type) is not null || ctx.Parse.GetValue(title) is not null || ctx.Parse.GetValue(options) is { Length: > 0 } || ctx.Parse.GetValue(signal))
                {
                    throw new CliException("--file holds the whole proposal: give it alone, without --type, --title, --option or --signal");
                }
                e = ProposalFile.Parse(await File.ReadAllTextAsync(path), path, network.State);
            }
            else
            {
                var t = ctx.Parse.GetValue(type) ?? throw new CliException("give --type and --title, or --file");
                var names = ctx.Parse.GetValue(options) ?? [];
                if (names.Length > 0 && ctx.Parse.GetValue(signal))
                {
                    throw new CliException("--signal gives the yes/no options; with --option, name the options instead");
                }
                var opts = names.Length > 0
                    ? names.Select(n => new ProposalOption(n, [])).ToList()
                    : ProposalOption.YesNo(ctx.Parse.GetValue(signal) ? [new ProposalAction.Signal()] : []);
                e = new ProposalCreated(t, ctx.Parse.GetValue(title) ?? throw new CliException("give --title"), ctx.Parse.GetValue(body)!, opts, []);
            }
            if (ctx.Parse.GetValue(simulation) is { } report)
            {
                e = e with { Simulation = SimulationAttachments.Read(report) };
            }
            var appended = await ctx.SubmitAsync(network, e);
            ctx.Appended(appended, $"proposal {network.State.Proposals.Count} drafted: {e.Title}");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Amend(Runner run)
    {
        var id = IdArgument();
        var file = new Option<string>("--file") { Description = "The amended proposal (same format as create --file; its type must stay the same)" };
        var title = new Option<string>("--title") { Description = "A new title" };
        var body = new Option<string>("--body") { Description = "A new body" };
        var reason = new Option<string>("--reason") { Description = "Why, for the deliberation record", DefaultValueFactory = _ => "" };
        var command = new Command("amend", "Change your draft or proposal in deliberation: a new title, body, or (with --file) options and actions") { id, file, title, body, reason };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var n = ctx.Parse.GetValue(id);
            var current = network.State.Proposals.GetValueOrDefault(n) ?? throw new CliException($"there is no proposal {n}");
            var (newTitle, newBody, newOptions, beneficiaries) = (current.Title, current.Body, current.Options, current.DeclaredBeneficiaries);
            if (ctx.Parse.GetValue(file) is { Length: > 0 } path)
            {
                var amended = ProposalFile.Parse(await File.ReadAllTextAsync(path), path, network.State);
                if (amended.DecisionType != current.DecisionTypeId)
                {
                    throw new CliException($"an amendment keeps the decision type '{current.DecisionTypeId}'; draft a new proposal for '{amended.DecisionType}'");
                }
                (newTitle, newBody, newOptions, beneficiaries) = (amended.Title, amended.Body, amended.Options, amended.Beneficiaries);
            }
            newTitle = ctx.Parse.GetValue(title) ?? newTitle;
            newBody = ctx.Parse.GetValue(body) ?? newBody;
            var e = new ProposalAmended(n, newTitle, newBody, newOptions, beneficiaries, ctx.Parse.GetValue(reason)!);
            ctx.Appended(await ctx.SubmitAsync(network, e), $"proposal {n} amended");
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>The queue event the rules expect; a proposal that cannot be queued gets an empty one, which the rules refuse with the reason.</summary>
    private static PolityEvent Queue(NetworkState state, long id) =>
        state.Proposals.TryGetValue(id, out var p) && p.Rules is not null ? Lifecycle.QueueEvent(p, state.Now) : new ProposalQueued(id, [], 0);

    private static Command Simple(Runner run, string name, string description, Func<NetworkState, long, PolityEvent> build, string verb)
    {
        var id = IdArgument();
        var command = new Command(name, description) { id };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var n = ctx.Parse.GetValue(id);
            var appended = await ctx.SubmitAsync(network, build(network.State, n));
            ctx.Appended(appended, $"proposal {n} {verb}: now {Lifecycle.StatusOf(network.State.Proposals[n], network.State.Now)}");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command WithReason(Runner run, string name, string verb, string description, Func<long, string, PolityEvent> build)
    {
        var id = IdArgument();
        var reason = new Option<string>("--reason") { Description = "Why", DefaultValueFactory = _ => "" };
        var command = new Command(name, description) { id, reason };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var n = ctx.Parse.GetValue(id);
            var appended = await ctx.SubmitAsync(network, build(n, ctx.Parse.GetValue(reason)!));
            ctx.Appended(appended, $"proposal {n} {verb}: now {Lifecycle.StatusOf(network.State.Proposals[n], network.State.Now)}");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Text(Runner run, string name, string description, string kind)
    {
        var id = IdArgument();
        var text = new Argument<string>("text") { Description = "What you want to say" };
        var replyTo = new Option<long>("--reply-to") { Description = "The comment number you answer" };
        var command = new Command(name, description) { id, text, replyTo };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var e = new CommentPosted(ctx.Parse.GetValue(id), kind, ctx.Parse.GetValue(text)!, ctx.Parse.GetValue(replyTo));
            ctx.Appended(await ctx.SubmitAsync(network, e), $"{kind} on proposal {e.Proposal}");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Withdraw(Runner run)
    {
        var id = IdArgument();
        var comment = new Argument<long>("comment") { Description = "The number of your objection or block" };
        var command = new Command("withdraw", "Withdraw your objection or block during deliberation or voting") { id, comment };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var e = new ObjectionWithdrawn(ctx.Parse.GetValue(id), ctx.Parse.GetValue(comment));
            ctx.Appended(await ctx.SubmitAsync(network, e), $"objection #{e.Comment} on proposal {e.Proposal} withdrawn");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Vote(Runner run)
    {
        var id = IdArgument();
        var choices = new Argument<string[]>("choices")
        {
            Description = "Option names: one for choice, any number for approval, in order of preference for ranked and condorcet; "
                + "NAME=N gives a number per option for score, star, quadratic, weighted and conviction",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("vote", "Cast your ballot; it counts in every voting house you belong to") { id, choices };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var ballot = ParseBallot(ctx.Parse.GetValue(choices) ?? []);
            var e = new BallotCast(ctx.Parse.GetValue(id), ballot.Choices, ballot.Amounts);
            ctx.Appended(await ctx.SubmitAsync(network, e),
                $"ballot on proposal {e.Proposal}: {(e.Choices.Count == 0 ? "none of the options" : ballot.ToString())}");
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary>Reads <c>a b</c> as choices, or <c>a=3 b=1</c> as choices with numbers; mixing the two forms is refused.</summary>
    internal static Ballot ParseBallot(IReadOnlyList<string> words)
    {
        var withNumbers = words.Count(w => w.Contains('=', StringComparison.Ordinal));
        if (withNumbers == 0)
        {
            return new Ballot(words);
        }
        if (withNumbers != words.Count)
        {
            throw new CliException("give every option a number (a=3 b=1) or none (a b)");
        }
        var names = new List<string>();
        var amounts = new List<long>();
        foreach (var word in words)
        {
            var at = word.IndexOf('=', StringComparison.Ordinal);
            if (!long.TryParse(word[(at + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
            {
                throw new CliException($"'{word}': expected NAME=WHOLE-NUMBER, e.g. {word[..at]}=3");
            }
            names.Add(word[..at]);
            amounts.Add(amount);
        }
        return new Ballot(names, amounts);
    }

    private static Command Show(Runner run)
    {
        var id = IdArgument();
        var command = new Command("show", "A proposal with its deliberation, ballots and tally") { id };
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var p = Find(state, ctx.Parse.GetValue(id));
            var view = Views.Proposal(state, p);
            ctx.Show(view, (o, _) =>
            {
                Views.WriteProposal(o, state, view);
            });
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command TallyCommand(Runner run)
    {
        var id = IdArgument();
        var command = new Command("tally", "Count a proposal: per house, the combination, the outcome") { id };
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var p = Find(state, ctx.Parse.GetValue(id));
            if (p.Rules is null)
            {
                throw new CliException(ExitCodes.Refused, $"proposal {p.Id} is a draft: nothing to count yet");
            }
            var tally = Tallying.Tally(p, state.Now);
            ctx.Show(Views.TallyView(tally), (o, _) =>
            {
                Views.WriteTally(o, state, tally);
            });
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command List(Runner run)
    {
        var command = new Command("list", "All proposals with their status");
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var rows = state.Proposals.Values.OrderBy(p => p.Id)
                .Select(p => new { id = p.Id, type = p.DecisionTypeId, status = Lifecycle.StatusOf(p, state.Now).ToString(), title = p.Title, author = Views.Name(state, p.Author) })
                .ToList();
            ctx.Show(rows, (o, _) =>
            {
                foreach (var r in rows)
                {
                    o.WriteLine($"{r.id,4}  {r.type,-14} {r.status,-13} {r.title}  ({r.author})");
                }
            });
            return ExitCodes.Done;
        });
        return command;
    }

    private static Proposal Find(NetworkState state, long id) =>
        state.Proposals.GetValueOrDefault(id) ?? throw new CliException($"there is no proposal {id}");
}
