using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Events;
using Polity.Core.Rounds;
using Polity.Core.Treasury;

namespace Polity.Core.Tests.Rounds;

/// <summary>
/// A round's result does not depend on the order ballots or contributions arrive in, and the journal conserves its
/// pool: once the awards execute, the round's account holds exactly the pool plus contributions less the awards.
/// </summary>
public sealed class RoundProperties
{
    private static readonly string[] Applicants = ["g1", "g2", "f2", "f3"];
    private static readonly string[] Voters = ["c1", "c2", "c3", "c4", "c5"];
    private static readonly string[] Givers = ["c1", "c2", "c3", "c4", "c5", "f1"];
    private static readonly string[] Variants = ["linear", "pairwise", "cocm"];
    private static readonly RoundPlan[] PbPlans =
    [
        Pb("greedy", null), Pb("mes", null), Pb("mes", "add1"), Pb("mes", "utilitarian"), Pb("phragmen", null),
    ];

    private static RoundPlan Pb(string rule, string? completion) =>
        new("r", "Round", RoundKinds.Budgeting, rule, "EUR", 500_000, "", Day, Day, Day, ["community"], Ballot: "approval", Completion: completion);

    private const long Day = 86_400;

    /// <summary>A pb case: a plan, four costs, a ballot (bit set over the four applications) per voter, and a shuffle key per voter.</summary>
    public sealed record PbCase(int Plan, long[] Costs, int[] Ballots, int[] Keys);

    /// <summary>A qf case: a variant, an optional cap, and contributions (giver, application, amount) with shuffle keys.</summary>
    public sealed record QfCase(int Variant, long? Cap, (int Giver, int Grant, long Amount, int Key)[] Gifts);

    private static Arbitrary<PbCase> PbCases() =>
        (from plan in Gen.Choose(0, PbPlans.Length - 1)
         // At least 3 minor units: the test application splits its cost into two positive milestones, a third and the rest.
         from costs in Gen.Choose(3, 300_000).Select(c => (long)c).ArrayOf(4)
         from ballots in Gen.Choose(0, 15).ArrayOf(5)
         from keys in Gen.Choose(0, 1000).ArrayOf(5)
         select new PbCase(plan, costs, ballots, keys)).ToArbitrary();

    private static Arbitrary<QfCase> QfCases() =>
        (from variant in Gen.Choose(0, Variants.Length - 1)
         from cap in Gen.Choose(0, 60_000).Select(c => c < 10_000 ? (long?)null : c)
         from gifts in (from giver in Gen.Choose(0, Givers.Length - 1)
                        from grant in Gen.Choose(1, 4)
                        from amount in Gen.Choose(100, 50_000)
                        from key in Gen.Choose(0, 1000)
                        select (giver, grant, (long)amount, key)).ListOf().Select(l => l.Take(25).ToArray())
         select new QfCase(variant, cap, gifts)).ToArbitrary();

    [FsCheck.Xunit.Property(MaxTest = 30)]
    public Property A_pb_result_is_the_same_whatever_the_order_of_the_ballots() =>
        Prop.ForAll(PbCases(), c =>
        {
            var inOrder = new Run(PbPlans[c.Plan], c.Costs).Ballots(c.Ballots, Enumerable.Range(0, 5));
            var shuffled = new Run(PbPlans[c.Plan], c.Costs).Ballots(c.Ballots, Enumerable.Range(0, 5).OrderBy(v => c.Keys[v]).ThenByDescending(v => v));
            return inOrder.Result().Lines.SequenceEqual(shuffled.Result().Lines);
        });

    [FsCheck.Xunit.Property(MaxTest = 20)]
    public Property A_pb_rounds_pool_is_the_awards_plus_what_remains_in_its_account() =>
        Prop.ForAll(PbCases(), c =>
        {
            var run = new Run(PbPlans[c.Plan], c.Costs).Ballots(c.Ballots, Enumerable.Range(0, 5));
            return run.Conserves(500_000);
        });

    [FsCheck.Xunit.Property(MaxTest = 25)]
    public Property A_qf_result_is_the_same_whatever_the_order_of_the_contributions() =>
        Prop.ForAll(QfCases(), c =>
        {
            var inOrder = new Run(Qf(c), [300_000, 300_000, 300_000, 300_000]).Gifts(c.Gifts);
            var shuffled = new Run(Qf(c), [300_000, 300_000, 300_000, 300_000]).Gifts([.. c.Gifts.OrderBy(g => g.Key).Reverse()]);
            return inOrder.Result().Lines.SequenceEqual(shuffled.Result().Lines);
        });

    [FsCheck.Xunit.Property(MaxTest = 15)]
    public Property A_qf_rounds_pool_and_contributions_are_the_awards_plus_what_remains() =>
        Prop.ForAll(QfCases(), c =>
        {
            var run = new Run(Qf(c), [300_000, 300_000, 300_000, 300_000]).Gifts(c.Gifts);
            return run.Conserves(100_000 + c.Gifts.Sum(g => g.Amount));
        });

    private static RoundPlan Qf(QfCase c) =>
        new("r", "Round", RoundKinds.Quadratic, Variants[c.Variant], "EUR", 100_000, "", Day, Day, Day, [],
            Cap: c.Cap, Minimum: 100);

    /// <summary>A round "r" with four eligible applications by g1, g2, f2, f3, in its voting phase.</summary>
    private sealed class Run : RoundSpec
    {
        public Run(RoundPlan plan, long[] costs)
        {
            GivenRoundsNetwork();
            Open(plan);
            for (var i = 0; i < 4; i++)
            {
                Candidate("r", costs[i], Applicants[i]);
            }
            AdvanceTo("r", RoundPhase.Voting);
        }

        /// <summary>Casts each voter's ballot (bits over applications 1..4) in the given order; refused ballots (over budget, empty) are skipped.</summary>
        public Run Ballots(int[] ballots, IEnumerable<int> order)
        {
            foreach (var v in order)
            {
                When(A(Voters[v]), new RoundBallotCast("r", [.. Enumerable.Range(1, 4).Where(g => (ballots[v] & (1 << (g - 1))) != 0).Select(g => (long)g)]));
            }
            return this;
        }

        public Run Gifts(IEnumerable<(int Giver, int Grant, long Amount, int Key)> gifts)
        {
            foreach (var (giver, grant, amount, _) in gifts)
            {
                Given(A(Givers[giver]), new RoundContributed("r", grant, amount));
            }
            return this;
        }

        public RoundResult Result() => Result("r");

        /// <summary>Closes voting, passes the award proposal (if any) and checks the round's account against <paramref name="paidIn"/>.</summary>
        public bool Conserves(long paidIn)
        {
            AdvanceTo("r", RoundPhase.Result);
            var result = Result();
            var awards = RoundTally.Awards(State, State.Rounds["r"]);
            if (awards.Count > 0)
            {
                Pass([.. awards]);
            }
            var granted = State.Grants.Values.Sum(g => Balance(g.Account));
            return result.Awarded == granted
                && Balance(Account.Round("r")) == paidIn - result.Awarded
                && result.Remainder == Balance(Account.Round("r"))
                && result.Lines.Sum(l => l.Matched) <= State.Rounds["r"].Plan.Pool
                && (!State.Rounds["r"].IsBudgeting || result.Awarded <= State.Rounds["r"].Plan.Pool);
        }
    }
}
