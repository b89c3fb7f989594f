using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Primitives;
using Polity.Core.Voting;
using Polity.Core.Voting.Ranked;

namespace Polity.Core.Tests.Voting;

/// <summary>
/// The exact ranked count against the RCTab-compatible tabulator on random elections, and the properties
/// instant runoff must have.
/// </summary>
public sealed class RankedCountProperties
{
    private static readonly string[] Names = ["ana", "ben", "cat", "dan", "eve", "fay"];

    /// <summary>A random election: candidates, ballots (with skipped ranks and repeats), rule options.</summary>
    public sealed record Election(string[] Candidates, string[][] Ballots, RankedCountOptions Options)
    {
        public override string ToString() =>
            $"{Options} | {string.Join(" / ", Ballots.Select(b => string.Join(" ", b)))}";
    }

    private static Gen<Election> Elections(bool multiSeat) =>
        from n in Gen.Choose(2, Names.Length)
        from voters in Gen.Choose(1, 40)
        from ballots in Gen.Choose(0, 8 * n).ArrayOf(n + 1).Select(picks => picks).ArrayOf(voters)
        from lengths in Gen.Choose(1, n + 1).ArrayOf(voters)
        from seats in multiSeat ? Gen.Choose(2, 3) : Gen.Constant(1)
        from mode in Gen.Elements(TiebreakMode.UseCandidateOrder, TiebreakMode.Random, TiebreakMode.PreviousRoundCountsThenRandom, TiebreakMode.GeneratePermutation)
        from seed in Gen.Choose(0, 1000)
        from flags in Gen.Choose(0, 31)
        from maxSkipped in Gen.Elements<int?>(null, 0, 1)
        select new Election(
            Names[..n],
            ballots.Select((picks, v) => Ballot(picks[..lengths[v]], n)).ToArray(),
            new RankedCountOptions
            {
                Seats = seats,
                TieBreak = mode,
                Seed = seed,
                BatchElimination = (flags & 1) != 0,
                ContinueUntilTwo = !multiSeat && (flags & 2) != 0,
                ExhaustOnDuplicate = (flags & 4) != 0,
                HareQuota = multiSeat && (flags & 8) != 0,
                MaxSkipped = maxSkipped,
            });

    // Most picks name a candidate; some skip a rank; the first choice is always a candidate.
    private static string[] Ballot(int[] picks, int n) =>
        picks.Select((p, i) => i > 0 && p >= 7 * n ? RankedCount.SkippedRank : Names[p % n]).ToArray();

    private static RankedOutcome Exact(Election e) =>
        RankedCount.Run(e.Candidates, e.Ballots.Select((b, i) => new WeightedBallot(new Address($"0x{i:x40}"), 1, new Ballot(b))).ToList(), e.Options);

    private static RankedResult Reference(Election e, int decimals)
    {
        var ballots = e.Ballots.Select(b => new RankedBallot(
            b.Select(c => c == RankedCount.SkippedRank ? (IReadOnlyList<string>)[] : [c]).ToList())).ToList();
        var rules = new RankedRules
        {
            WinnerElectionMode = e.Options.Seats == 1 ? WinnerElectionMode.SingleWinnerMajority : WinnerElectionMode.MultiWinnerAllowMultipleWinnersPerRound,
            NumberOfWinners = e.Options.Seats,
            TiebreakMode = e.Options.TieBreak,
            RandomSeed = e.Options.Seed,
            BatchElimination = e.Options.BatchElimination,
            ContinueUntilTwoCandidatesRemain = e.Options.ContinueUntilTwo,
            ExhaustOnDuplicateCandidate = e.Options.ExhaustOnDuplicate,
            MaxSkippedRanksAllowed = e.Options.MaxSkipped,
            HareQuota = e.Options.HareQuota,
            // Our Droop quota is exceeded, never reached: RCTab's non-integer threshold one unit in the last place above it.
            NonIntegerWinningThreshold = e.Options.Seats > 1,
            DecimalPlacesForVoteArithmetic = decimals,
        };
        return RankedTabulator.Tabulate(ballots, new RankedContest(e.Candidates, new HashSet<string>()), rules);
    }

    private static string Describe(RankedOutcome o) => string.Join(" | ", o.Rounds.Select(r =>
        $"{string.Join(",", r.Tally.Select(kv => $"{kv.Key}={kv.Value}"))} ex {string.Join(",", r.Inactive.Select(kv => $"{kv.Key}={kv.Value}"))} "
        + $"+{string.Join(",", r.Elected)} -{string.Join(",", r.Eliminated)}"));

    private static string Describe(RankedResult r) => string.Join(" | ", r.Rounds.Select(round =>
        $"{string.Join(",", round.Tally.OrderBy(kv => Array.IndexOf(Names, kv.Key)).Select(kv => $"{kv.Key}={kv.Value:0.##########}"))} "
        + $"ex {string.Join(",", round.Inactive.Where(kv => kv.Value != 0).OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value:0.##########}"))} "
        + $"+{string.Join(",", round.Elected.OrderBy(c => Array.IndexOf(Names, c)))} -{string.Join(",", round.Eliminated.OrderBy(c => Array.IndexOf(Names, c)))}"));

    /// <summary>Instant runoff never divides, so the exact count and the tabulator agree round by round, digit for digit.</summary>
    [FsCheck.Xunit.Property(MaxTest = 400)]
    public Property Instant_runoff_agrees_with_the_tabulator_round_by_round() =>
        Prop.ForAll(Elections(multiSeat: false).ToArbitrary(), e =>
        {
            var exact = Exact(e);
            var reference = Reference(e, 4);
            return (Describe(exact) == Describe(reference) && exact.Winners.SequenceEqual(reference.Winners))
                .Label($"exact:     {Describe(exact)}\nreference: {Describe(reference)}");
        });

    /// <summary>
    /// STV: the tabulator truncates transfer values (here to 12 places), so tallies agree within 1e-9 and the
    /// winners are the same, except where the exact count had a near-tie a truncation could flip. The
    /// near-tie screen is a heuristic, so the elections are drawn from a fixed seed to keep the suite
    /// deterministic; change the seed to explore further.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 400, Replay = "20261125,31337")]
    public Property Single_transferable_vote_agrees_with_the_tabulator() =>
        Prop.ForAll(Elections(multiSeat: true).ToArbitrary(), e =>
        {
            var exact = Exact(e);
            if (Delicate(exact))
            {
                return true.Label("near-tie: skipped");
            }
            var reference = Reference(e, 12);
            var sameRounds = exact.Rounds.Count == reference.Rounds.Count
                && exact.Rounds.Zip(reference.Rounds).All(p =>
                    p.First.Elected.Order().SequenceEqual(p.Second.Elected.Order())
                    && p.First.Eliminated.Order().SequenceEqual(p.Second.Eliminated.Order())
                    && p.First.Tally.All(kv => Math.Abs(kv.Value.ToDouble() - (double)p.Second.Tally.GetValueOrDefault(kv.Key)) < 1e-9));
            return (sameRounds && exact.Winners.Order().SequenceEqual(reference.Winners.Order()))
                .Label($"exact:     {Describe(exact)}\nreference: {Describe(reference)}");
        });

    // After the first surplus transfer, two tallies (or a tally and the quota) within 1e-6 could be ordered
    // differently by truncated arithmetic, so the tabulator may legitimately take another path.
    private static bool Delicate(RankedOutcome o)
    {
        var transferred = false;
        foreach (var round in o.Rounds)
        {
            var continuing = round.Tally.Where(kv => !o.Winners.Contains(kv.Key) || round.Elected.Contains(kv.Key)).Select(kv => kv.Value.ToDouble()).ToList();
            if (transferred && (continuing.Any(v => Math.Abs(v - round.Quota.ToDouble()) < 1e-6)
                || continuing.SelectMany((a, i) => continuing.Skip(i + 1).Select(b => Math.Abs(a - b))).Any(d => d < 1e-6)))
            {
                return true;
            }
            transferred |= round.Elected.Count > 0;
        }
        return false;
    }

    /// <summary>A candidate ranked first by more than half the ballots wins instant runoff in round 1.</summary>
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property A_majority_winner_wins_instant_runoff() =>
        Prop.ForAll(Elections(multiSeat: false).ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (e, extra) =>
        {
            // Give the first candidate a majority of first preferences by adding as many of their ballots, plus extra.
            var favourite = e.Candidates[0];
            var ballots = e.Ballots.Concat(Enumerable.Repeat(new[] { favourite }, e.Ballots.Length + extra)).ToArray();
            var outcome = Exact(e with { Ballots = ballots });
            return outcome.Winners.SequenceEqual([favourite]) && outcome.Rounds[0].Elected.SequenceEqual([favourite]);
        });

    /// <summary>The same ballots in any order give the same count.</summary>
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Results_do_not_depend_on_ballot_order() =>
        Prop.ForAll(Gen.OneOf(Elections(false), Elections(true)).ToArbitrary(), Gen.Choose(0, 1_000_000).ToArbitrary(), (e, seed) =>
        {
            var shuffled = e.Ballots.Select((b, i) => (b, key: HashCode.Combine(i, seed))).OrderBy(x => x.key).Select(x => x.b).ToArray();
            return Describe(Exact(e)) == Describe(Exact(e with { Ballots = shuffled }));
        });
}
