using System.CommandLine;
using Polity.Core.Events;
using Polity.Core.Grants;
using Polity.Core.State;
using Polity.Engine;
using Polity.Engine.Proposals;

namespace Polity.Cli.Commands;

/// <summary><c>polity grant apply|review|report|attest|disburse|close|list|show</c>: the grant lifecycle and its results tracker.</summary>
public static class GrantCommands
{
    /// <summary>Builds the grant commands.</summary>
    public static Command Build(Runner run) => new("grant", "Grant applications, reviews, milestones, disbursements and the results tracker")
    {
        Apply(run), Review(run), Report(run), Attest(run), Disburse(run), Close(run), List(run), Show(run),
    };

    private static Argument<long> IdArgument() => new("id") { Description = "Grant (application) number" };

    private static Option<int> MilestoneOption() => new("--milestone") { Description = "Milestone number, from 1", Required = true };

    private static Command Apply(Runner run)
    {
        var title = new Option<string>("--title") { Description = "One-line title", Required = true };
        var asset = new Option<string>("--asset") { Description = "Asset code from the charter", Required = true };
        var amount = new Option<string>("--amount") { Description = "Amount requested in major units; the milestones sum to it", Required = true };
        var milestones = new Option<string[]>("--milestone") { Description = "A milestone as TITLE=AMOUNT (repeat, in order)", Required = true };
        var objectives = new Option<string[]>("--objective") { Description = "What the grant is for (repeat)" };
        var program = new Option<string>("--program") { Description = "A budget program from the charter", DefaultValueFactory = _ => "" };
        var recipient = new Option<string>("--recipient") { Description = "Who would be paid (address or key name); default: the signer" };
        var beneficiaries = new Option<string[]>("--beneficiary") { Description = "Another stakeholder who would benefit (repeat); they may not review or attest" };
        var round = new Option<string>("--round") { Description = "A round whose applications phase is open (then no --program)" };
        var command = new Command("apply", "Apply for a grant (any registered stakeholder)") { title, asset, amount, milestones, objectives, program, recipient, beneficiaries, round };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var signer = ctx.Signer();
            var code = ctx.Parse.GetValue(asset)!;
            var plans = ctx.Parse.GetValue(milestones)!.Select(m => Milestone(network.State, code, m)).ToList();
            var e = new GrantApplied(
                ctx.Parse.GetValue(program)!,
                ctx.Parse.GetValue(title)!,
                code,
                ProposalFile.Minor(network.State, code, ctx.Parse.GetValue(amount)!),
                ctx.Parse.GetValue(recipient) is { Length: > 0 } r ? StakeholderCommands.Resolve(ctx, r) : signer.Address,
                plans,
                ctx.Parse.GetValue(objectives) ?? [],
                (ctx.Parse.GetValue(beneficiaries) ?? []).Select(b => StakeholderCommands.Resolve(ctx, b)).ToList(),
                ctx.Parse.GetValue(round));
            ctx.Appended(await ctx.SubmitAsync(network, e, signer), $"grant {network.State.Grants.Count} applied: {e.Title}");
            return ExitCodes.Done;
        });
        return command;
    }

    /// <summary><c>TITLE=AMOUNT</c>, split at the last '=' so titles may hold one.</summary>
    private static MilestonePlan Milestone(NetworkState state, string asset, string text)
    {
        var at = text.LastIndexOf('=');
        if (at <= 0 || at == text.Length - 1)
        {
            throw new CliException($"--milestone '{text}': expected TITLE=AMOUNT, such as \"Sensors installed=2000\"");
        }
        return new MilestonePlan(text[..at].Trim(), ProposalFile.Minor(state, asset, text[(at + 1)..]));
    }

    private static Command Review(Runner run)
    {
        var id = IdArgument();
        var verdict = new Option<string>("--verdict") { Description = "eligible or ineligible", Required = true };
        verdict.AcceptOnlyFromAmong("eligible", "ineligible");
        var note = new Option<string>("--note") { Description = "Why", DefaultValueFactory = _ => "" };
        var command = new Command("review", "Review an application for eligibility (the charter's reviewers, without an interest in it)") { id, verdict, note };
        run.On(command, ctx => AppendAsync(ctx, new GrantReviewed(ctx.Parse.GetValue(id), ctx.Parse.GetValue(verdict) == "eligible", ctx.Parse.GetValue(note)!),
            (s, e) => $"grant {e.Grant} reviewed: {s.Grants[e.Grant].Status}"));
        return command;
    }

    private static Command Report(Runner run)
    {
        var id = IdArgument();
        var milestone = MilestoneOption();
        var text = new Option<string>("--text") { Description = "What was delivered, with links to evidence", Required = true };
        var command = new Command("report", "Report a milestone done (the grantee)") { id, milestone, text };
        run.On(command, ctx => AppendAsync(ctx, new MilestoneReported(ctx.Parse.GetValue(id), ctx.Parse.GetValue(milestone), ctx.Parse.GetValue(text)!),
            (_, e) => $"grant {e.Grant} milestone {e.Milestone} reported"));
        return command;
    }

    private static Command Attest(Runner run)
    {
        var id = IdArgument();
        var milestone = MilestoneOption();
        var reject = new Option<bool>("--reject") { Description = "Send the report back instead of attesting it" };
        var note = new Option<string>("--note") { Description = "Why", DefaultValueFactory = _ => "" };
        var command = new Command("attest", "Attest a reported milestone, or send it back with --reject (the charter's reviewers, without an interest in it)") { id, milestone, reject, note };
        run.On(command, ctx => AppendAsync(ctx,
            new MilestoneAttested(ctx.Parse.GetValue(id), ctx.Parse.GetValue(milestone), !ctx.Parse.GetValue(reject), ctx.Parse.GetValue(note)!),
            (_, e) => $"grant {e.Grant} milestone {e.Milestone} {(e.Accepted ? "attested" : "sent back")}"));
        return command;
    }

    private static Command Disburse(Runner run)
    {
        var id = IdArgument();
        var milestone = MilestoneOption();
        var amount = new Option<string>("--amount") { Description = "Tranche in major units; default: what the milestone has left to pay" };
        var memo = new Option<string>("--memo") { Description = "A payment reference", DefaultValueFactory = _ => "" };
        var command = new Command("disburse", "Pay an attested milestone's tranche out (the charter's disbursers)") { id, milestone, amount, memo };
        run.On(command, async ctx =>
        {
            var network = await ctx.OpenAsync();
            var n = ctx.Parse.GetValue(id);
            var m = ctx.Parse.GetValue(milestone);
            var grant = Find(network.State, n);
            long minor = ctx.Parse.GetValue(amount) is { } text
                ? ProposalFile.Minor(network.State, grant.Asset, text)
                : grant.Milestones.ElementAtOrDefault(m - 1)?.Unpaid ?? 0;
            var e = new GrantDisbursed(n, m, minor, ctx.Parse.GetValue(memo)!);
            ctx.Appended(await ctx.SubmitAsync(network, e), $"grant {n} milestone {m}: {Views.Amount(network.State, grant.Asset, minor)} paid out");
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Close(Runner run)
    {
        var id = IdArgument();
        var report = new Option<string>("--report") { Description = "The final report", Required = true };
        var command = new Command("close", "File the final report and close the grant (the grantee); unpaid commitments return to their source") { id, report };
        run.On(command, ctx => AppendAsync(ctx, new GrantClosed(ctx.Parse.GetValue(id), ctx.Parse.GetValue(report)!), (_, e) => $"grant {e.Grant} closed"));
        return command;
    }

    private static async Task<int> AppendAsync<T>(CliContext ctx, T e, Func<NetworkState, T, string> summary) where T : GrantEvent
    {
        var network = await ctx.OpenAsync();
        var appended = await ctx.SubmitAsync(network, e);
        ctx.Appended(appended, summary(network.State, e));
        return ExitCodes.Done;
    }

    private static Command List(Runner run)
    {
        var command = new Command("list", "Every grant with its status and progress (the results tracker)");
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var rows = state.Grants.Values.OrderBy(g => g.Id).Select(g => GrantViews.Row(state, g)).ToList();
            ctx.Show(rows, GrantViews.WriteList);
            return ExitCodes.Done;
        });
        return command;
    }

    private static Command Show(Runner run)
    {
        var id = IdArgument();
        var command = new Command("show", "A grant in full: status, progress, money out, objectives, milestones and its event trail") { id };
        run.On(command, async ctx =>
        {
            var state = (await ctx.OpenAsync()).State;
            var view = GrantViews.Grant(state, Find(state, ctx.Parse.GetValue(id)));
            ctx.Show(view, GrantViews.WriteGrant);
            return ExitCodes.Done;
        });
        return command;
    }

    private static Grant Find(NetworkState state, long id) =>
        state.Grants.GetValueOrDefault(id) ?? throw new CliException($"there is no grant application {id}");
}
