using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Events;
using Polity.Core.Rules;
using Polity.Core.State;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Treasury;

/// <summary>
/// The journal's invariants over random scripts of deposits, allowance spends, proposals that transfer,
/// allocate, return budget money, award and cancel grants, and every grant step — allowed or refused — on a charter with a 300.00 EUR overdraft.
/// </summary>
public sealed class TreasuryProperties
{
    private const long Overdraft = 30_000;

    /// <summary>One step of a script: what happens, who does it, and two numbers to vary it.</summary>
    public sealed record Step(int What, int Who, int N, int M);

    private static Arbitrary<List<Step>> Scripts() =>
        (from what in Gen.Choose(0, 15)
         from who in Gen.Choose(0, 3)
         from n in Gen.Choose(0, 1_000_000)
         from m in Gen.Choose(0, 11)
         select new Step(what, who, n, m)).ListOf().Select(l => l.Take(80).ToList()).ToArbitrary();

    /// <summary>Runs a script, checking <paramref name="invariant"/> after every step.</summary>
    private static bool Holds(List<Step> steps, Func<NetworkState, bool> invariant)
    {
        var run = new Script();
        if (!invariant(run.Now))
        {
            return false;
        }
        foreach (var step in steps)
        {
            run.Do(step);
            if (!invariant(run.Now))
            {
                return false;
            }
        }
        return true;
    }

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Every_journal_entry_balances_in_every_asset() =>
        Prop.ForAll(Scripts(), steps => Holds(steps, s =>
            s.Journal.Entries.All(e => e.Postings.GroupBy(p => p.Asset).All(g => g.Sum(p => p.Amount) == 0) && e.Postings.All(p => p.Amount != 0))));

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Money_is_conserved_all_accounts_sum_to_zero_per_asset_at_every_step() =>
        Prop.ForAll(Scripts(), steps => Holds(steps, s =>
            s.Journal.Accounts.SelectMany(a => s.Journal.BalancesOf(a)).GroupBy(kv => kv.Key).All(g => g.Sum(kv => kv.Value) == 0)));

    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property No_account_goes_below_zero_beyond_the_charters_overdraft() =>
        Prop.ForAll(Scripts(), steps => Holds(steps, s => s.Journal.Accounts.All(a => s.Journal.BalancesOf(a).All(kv => a.Kind switch
        {
            AccountKind.Treasury => kv.Value >= (kv.Key == "EUR" ? -Overdraft : 0),
            AccountKind.Funder => kv.Value <= 0,
            _ => kv.Value >= 0,
        })) && s.Grants.Values.All(g => s.Journal.BalanceOf(g.Account, g.Asset) == g.Outstanding)));

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property Replaying_the_same_events_yields_the_same_journal_and_balances() =>
        Prop.ForAll(Scripts(), steps =>
        {
            var run = new Script();
            foreach (var step in steps)
            {
                run.Do(step);
            }
            NetworkState? replayed = null;
            foreach (var (e, ctx) in run.Log)
            {
                if (NetworkRules.Check(replayed, e, ctx) is { } refused)
                {
                    throw new InvalidOperationException($"replay refused seq {ctx.Seq}: {refused}");
                }
                replayed = NetworkFold.Apply(replayed, e, ctx);
            }
            return Digest(replayed!) == Digest(run.Now) && replayed!.Balances.OrderBy(kv => kv.Key).SequenceEqual(run.Now.Balances.OrderBy(kv => kv.Key));
        });

    private static string Digest(NetworkState s) => string.Join("\n",
        s.Journal.Entries.Select(e => $"{e.Seq} {e.Time} {e.Authority} {e.Memo}: {string.Join(", ", e.Postings.Select(p => $"{p.Account} {p.Amount} {p.Asset}"))}")
            .Concat(s.Journal.Accounts.SelectMany(a => s.Journal.BalancesOf(a).Select(kv => $"{a} {kv.Key} {kv.Value}")).Order(StringComparer.Ordinal))
            .Concat(s.Grants.Values.OrderBy(g => g.Id).Select(g => $"grant {g.Id} {g.Status} {g.Disbursed} {g.Released} {string.Join(",", g.Milestones.Select(m => m.Status))}")));

    /// <summary>A grants network driven by steps; a step the rules refuse changes nothing.</summary>
    private sealed class Script : TreasurySpec
    {
        private static readonly string[] Funders = ["f1", "f2", "f3", "f1"];
        private static readonly string[] Applicants = ["g1", "g2", "c4", "c5"];

        public Script()
        {
            var charter = TestCharter.WithGrants(cap: 600_000, overdraft: Overdraft);
            GivenNetwork(charter with
            {
                DecisionTypes = [.. charter.DecisionTypes.Select(d => d.Id == "grant" ? d with { Actions = [.. d.Actions, Charters.ActionKinds.ReturnFunds, Charters.ActionKinds.CancelGrant] } : d)],
            }, officers: Officers);
        }

        public NetworkState Now => State;

        public IReadOnlyList<(PolityEvent Event, EventContext Context)> Log => Accepted;

        /// <summary>
        /// Most steps aim where they can succeed (an application awaiting review, an eligible one to award, the
        /// first milestone ready for the next step) so that scripts reach disbursements; one in four aims at random.
        /// </summary>
        public void Do(Step s)
        {
            var random = s.M % 4 == 0;
            var g = Pick(s, random ? null : s.What switch
            {
                2 or 3 or 15 => Grants.GrantStatus.Eligible,
                5 => Grants.GrantStatus.Applied,
                _ => Grants.GrantStatus.Awarded,
            });
            var grant = g?.Id ?? 1;
            var grantee = g is null ? "g2" : Applicants.FirstOrDefault(a => A(a) == g.Applicant) ?? "g2";
            int Next(Grants.MilestoneStatus status) =>
                random ? 1 + s.N % 3 : g?.Milestones.FirstOrDefault(m => m.Status == status)?.Number ?? 1;
            _ = s.What switch
            {
                0 => When(A(Funders[s.Who]), new FundsDeposited(s.M % 4 == 0 ? "USDC" : "EUR", 1 + s.N % 200_000, "gift")),
                1 => When(A("s"), new AllowanceSpent("EUR", 1 + s.N % 60_000, A("c1"), "spend")),
                2 or 3 or 15 => TryPass(Action(s, g)),
                4 => When(A(Applicants[s.Who]), Application(1 + s.N % 400_000, s.M % 2 == 0 ? "small-grants" : "", Applicants[s.Who], Split(1 + s.N % 400_000, 1 + s.M % 3))),
                5 => When(A(s.Who % 2 == 0 ? "r1" : "r2"), new GrantReviewed(grant, s.M % 5 != 0, "")),
                6 or 7 => When(A(grantee), new MilestoneReported(grant, Next(Grants.MilestoneStatus.Pending), "done")),
                8 or 9 => When(A("r1"), new MilestoneAttested(grant, Next(Grants.MilestoneStatus.Reported), s.M % 5 != 0, "")),
                10 or 11 => Disburse(s, g, Next(Grants.MilestoneStatus.Attested)),
                12 => When(A(grantee), new GrantClosed(grant, "final")),
                13 => When(Operator, new ClockAdvanced(Day * (1 + s.N % 20))),
                _ => When(A(Funders[s.Who]), new FundsDeposited("EUR", 1 + s.N % 50_000, "top-up")),
            };
        }

        /// <summary>A grant in <paramref name="status"/> if there is one (any grant when null).</summary>
        private Grants.Grant? Pick(Step s, Grants.GrantStatus? status)
        {
            var candidates = State.Grants.Values.Where(g => status is null || g.Status == status).OrderBy(g => g.Id).ToList();
            return candidates.Count == 0 ? State.Grants.GetValueOrDefault(1) : candidates[s.N % candidates.Count];
        }

        /// <summary>Pays the milestone's whole remainder, or a random amount that may be too much.</summary>
        private Rules.Rejection? Disburse(Step s, Grants.Grant? g, int milestone) =>
            When(A("t"), new GrantDisbursed(g?.Id ?? 1, milestone,
                s.Who != 0 ? g?.Milestones.ElementAtOrDefault(milestone - 1)?.Unpaid ?? 1 : 1 + s.N % 200_000, ""));

        private static long[] Split(long amount, int parts) =>
            [.. Enumerable.Range(0, parts).Select(i => i < parts - 1 ? amount / parts : amount - amount / parts * (parts - 1))];

        private ProposalAction Action(Step s, Polity.Core.Grants.Grant? g) => (s.M % 5) switch
        {
            0 => new ProposalAction.Transfer("EUR", 1 + s.N % (s.Who == 3 ? 1_100_000 : 400_000), A("g3"), "t"),
            1 => new ProposalAction.Transfer("EUR", 1 + s.N % 200_000, A("g3"), "t") { From = "small-grants" },
            2 => new ProposalAction.AllocateBudget("small-grants", "EUR", 1 + s.N % 300_000),
            3 when s.Who == 1 => new ProposalAction.ReturnFunds("budget:small-grants", "treasury", "EUR", 1 + s.N % 300_000, "back"),
            4 when s.Who == 3 && g is not null => new ProposalAction.CancelGrant(g.Id, "stop"),
            _ when g is not null => new ProposalAction.AwardGrant(g.Id, g.Recipient, g.Asset, g.Requested, g.Proposed, s.Who % 2 == 0 ? "small-grants" : ""),
            _ => new ProposalAction.Signal(),
        };

        /// <summary>Runs a proposal through its lifecycle; a refusal at any step leaves it where it stopped.</summary>
        private Rules.Rejection? TryPass(ProposalAction action)
        {
            if (When(A("g1"), Proposal(action)) is { } refused)
            {
                return refused;
            }
            var id = State.Proposals.Count;
            When(A("g1"), new ProposalSubmitted(id));
            Advance(7 * Day);
            foreach (var voter in new[] { "c1", "c2", "c3", "g3", "g4" })
            {
                When(A(voter), new BallotCast(id, ["for"]));
            }
            Advance(5 * Day);
            When(A("c1"), QueueOf(id));
            Advance(2 * Day);
            return When(A("c1"), new ProposalExecuted(id));
        }
    }
}
