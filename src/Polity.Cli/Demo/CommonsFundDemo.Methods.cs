using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Rules;
using Polity.Engine.Proposals;

namespace Polity.Cli.Demo;

public sealed partial class CommonsFundDemo
{
    /// <summary>
    /// One proposal for each voting method charter v2 adds, all open at once: an STV council election whose
    /// winners join the council house, score, Condorcet, STAR, quadratic, weighted, consent (with a block
    /// raised, answered and withdrawn) and conviction. A community member delegates half her weight each to
    /// two neighbours first, so every community tally shows delegated weight and its path.
    /// </summary>
    private async Task EveryMethodAsync()
    {
        Step("Every voting method — eight proposals under charter v2, open side by side");
        await DoAsync("lena", new DelegationSet("community", [new DelegateShare(Who("maria"), 1, 2), new DelegateShare(Who("kofi"), 1, 2)]),
            "Lena delegates her community vote: half to Maria, half to Kofi (she can still vote directly)");

        ProposalOption Seat(string key) => new(key, [new ProposalAction.AddMember("council", Who(key), 0)]);
        static ProposalOption[] Named(params string[] names) => [.. names.Select(n => new ProposalOption(n, [])), new(ProposalOption.Abstain, [])];
        var council = await CreateAsync("maria", "council-election", "Elect two council stewards",
            "Single transferable vote: rank the candidates you want; two seats.", [Seat("maria"), Seat("tomas"), Seat("aiyana"), Seat("kofi"), new(ProposalOption.Abstain, [])]);
        var priorities = await CreateAsync("flood-watch", "priorities", "Which project should the fund prioritise next?",
            "Score each from 0 to 5; the best mean score must exceed half the maximum.", Named("flood-maps", "seed-swap", "river-cleanup"));
        var ranking = await CreateAsync("aiyana", "ranking", "Where should outreach start?",
            "Rank the places; the Condorcet (Schulze) winner is chosen.", Named("schools", "wetlands", "roofs"));
        var venue = await CreateAsync("tomas", "venue", "Venue for the annual assembly",
            "STAR: score 0 to 5, then the two best-scored go to an automatic runoff.", Named("hall", "park", "school"));
        var mix = await CreateAsync("ana", "spending-mix", "How strongly do we back workshops and equipment?",
            "Quadratic: 100 voice credits each; n votes on an option cost n².", Named("workshops", "equipment"));
        var split = await CreateAsync("kofi", "allocation-split", "Split next year's small grants between river and gardens",
            "Weighted: split your vote across the options in any proportion.", Named("river", "gardens"));
        var agreement = await CreateAsync("seed-library", "working-agreements", "Open data by default",
            "Every funded project publishes its data openly unless a participant's privacy is at stake.", ProposalOption.YesNo([new ProposalAction.Signal()]));
        var rowing = await CreateAsync("youth-rowing", "community-grant", "Safety boat fuel for the summer season",
            "Conviction voting: funders stake support that grows the longer it stays.",
            ProposalOption.YesNo([ProposalFile.Transfer(State, "EUR", "200", Who("youth-rowing"), "Safety boat fuel")]));
        foreach (var (id, who) in new[] { (council, "maria"), (priorities, "flood-watch"), (ranking, "aiyana"), (venue, "tomas"), (mix, "ana"), (split, "kofi"), (agreement, "seed-library"), (rowing, "youth-rowing") })
        {
            await DoAsync(who, new ProposalSubmitted(id), $"{Name(who)} opens proposal {id} ({State.Proposals[id].DecisionTypeId}: {State.Charter.Charter.FindDecisionType(State.Proposals[id].DecisionTypeId)!.Voting.Method})");
        }

        await DoAsync("maria", new CommentPosted(agreement, "block", "Photos of members' gardens would be published without their consent.", 0),
            $"Maria blocks proposal {agreement} with a reason");
        var block = (long)State.Proposals[agreement].Comments.Count;
        await DoAsync("seed-library", new CommentPosted(agreement, "comment", "Agreed: photos of people and private gardens are excluded.", block), "Seed Library answers the block");
        await DoAsync("maria", new ObjectionWithdrawn(agreement, block), "Maria withdraws her block");
        await AdvanceAsync("3d");

        await VoteAsync(council, ("maria", ["maria", "aiyana"]), ("tomas", ["tomas", "maria"]), ("aiyana", ["aiyana", "maria"]),
            ("kofi", ["kofi", "tomas"]), ("yusuf", ["maria", "kofi"]));
        await VoteNumbersAsync(priorities, ("flood-watch", "flood-maps=5 seed-swap=2"), ("seed-library", "seed-swap=5 flood-maps=3"),
            ("green-roofs", "flood-maps=4 river-cleanup=3"), ("youth-rowing", "river-cleanup=5 flood-maps=3"), ("maria", "flood-maps=4 seed-swap=4"),
            ("tomas", "flood-maps=5"), ("aiyana", "river-cleanup=4 flood-maps=2"), ("kofi", "seed-swap=3 flood-maps=3"));
        await VoteAsync(ranking, ("maria", ["schools", "wetlands", "roofs"]), ("tomas", ["schools", "roofs"]), ("aiyana", ["wetlands", "schools"]),
            ("kofi", ["roofs", "schools"]), ("yusuf", ["schools"]), ("flood-watch", ["wetlands", "schools"]), ("seed-library", ["schools", "roofs"]));
        await VoteNumbersAsync(venue, ("maria", "hall=5 park=4"), ("aiyana", "hall=5 park=4"), ("tomas", "hall=0 park=5 school=3"),
            ("kofi", "hall=0 park=5 school=3"), ("yusuf", "hall=3 park=2"));
        await VoteNumbersAsync(mix, ("river-foundation", "workshops=6 equipment=8"), ("basin-trust", "workshops=10"), ("ana", "workshops=7 equipment=7"),
            ("maria", "workshops=9 equipment=4"), ("tomas", "equipment=10"), ("kofi", "workshops=5 equipment=5"));
        await RefusedAsync("yusuf", new BallotCast(mix, ["workshops", "equipment"], [8, 7]), "Yusuf's quadratic ballot workshops=8 equipment=7 (113 credits)");
        await VoteNumbersAsync(split, ("maria", "river=3 gardens=1"), ("tomas", "gardens=1"), ("aiyana", "river=1 gardens=1"), ("kofi", "river=2 gardens=1"));
        await VoteAsync(agreement, ("flood-watch", ["consent"]), ("maria", ["consent"]), ("tomas", ["stand-aside"]));
        await VoteNumbersAsync(rowing, ("river-foundation", "for=60000"), ("basin-trust", "for=20000"), ("ana", "for=10000"));
        await AdvanceAsync("2d");
        await VoteNumbersAsync(rowing, ("ana", "for=0"));
        await AdvanceAsync("8d");

        foreach (var id in new[] { council, priorities, ranking, venue, mix, split, agreement, rowing })
        {
            _out.WriteLine($"  proposal {id}: {State.Proposals[id].Title}");
            ShowTally(id);
        }
        await QueueAsync("maria", council);
        await AdvanceAsync("1d");
        await DoAsync("maria", new ProposalExecuted(council), $"Maria executes proposal {council}: the elected join the council house");
        _out.WriteLine($"  council: {string.Join(", ", State.MembersOf("council").Keys.Select(a => State.Stakeholders[a].Name).Order(StringComparer.Ordinal))}");
    }

    private async Task<long> CreateAsync(string who, string type, string title, string body, IReadOnlyList<ProposalOption> options)
    {
        await DoAsync(who, new ProposalCreated(type, title, body, options, []), $"{Name(who)} drafts proposal {State.Proposals.Count + 1}: {title}");
        return State.Proposals.Count;
    }

    /// <summary>Casts ballots written as on the command line (<c>a=3 b=1</c>).</summary>
    private async Task VoteNumbersAsync(long proposal, params (string Who, string Ballot)[] ballots)
    {
        foreach (var (who, text) in ballots)
        {
            var ballot = Commands.ProposalCommands.ParseBallot(text.Split(' '));
            await DoAsync(who, new BallotCast(proposal, ballot.Choices, ballot.Amounts), $"{Name(who)} votes {text}");
        }
    }
}
