using System.Collections.Frozen;
using System.Diagnostics;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.State;
using Polity.Core.Voting;
using Polity.Core.Voting.Ranked;

namespace Polity.Bench;

/// <summary>
/// Counts a million ballots with the voting methods Polity uses (the code path of a tally: one
/// <see cref="IVotingMethod.Count"/> per house), against a floor pass that reads every ballot once.
/// </summary>
internal static class VotingBench
{
    private const int Candidates = 10;
    private const int Houses = 3;
    private const int CheckSample = 20_000;

    public static int Run(int ballots, int runs, TextWriter output, TextWriter progress)
    {
        var names = Enumerable.Range(0, Candidates).Select(i => $"candidate-{(char)('a' + i)}").ToArray();
        var options = names.Select(n => new ProposalOption(n, [])).Append(new ProposalOption(ProposalOption.Abstain, [])).ToList();
        progress.WriteLine($"generating {ballots:N0} ranked and {ballots:N0} approval ballots over {Candidates} candidates in {Houses} houses");
        var ranked = Split(Generate(ballots, names, seed: 1, ranked: true));
        var approval = Split(Generate(ballots, names, seed: 2, ranked: false));
        var proposal = new Proposal
        {
            Id = 1, Author = new Address($"0x{1:x40}"), DecisionTypeId = "bench", Title = "bench", Body = "", Options = options,
            DeclaredBeneficiaries = [], CreatedAt = 0,
        };
        var irv = new MethodSettings([]);
        var stv = new MethodSettings([KeyValuePair.Create(RankedMethod.SeatsSetting, "3")]);
        Check(proposal, ranked[0], names, progress);

        var (floor, plurality, irvTimes, stvTimes, approvalTimes) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
        IReadOnlyList<int>? irvWinners = null;
        for (var run = 1; run <= runs; run++)
        {
            progress.WriteLine($"run {run}/{runs}");
            floor.Add(Time(() => Floor(ranked, names, everyChoice: true)));
            plurality.Add(Time(() => Floor(ranked, names, everyChoice: false)));
            irvTimes.Add(Time(() => irvWinners = CountAll(new RankedMethod(), proposal, ranked, irv)[0].Winners));
            stvTimes.Add(Time(() => CountAll(new RankedMethod(), proposal, ranked, stv)));
            approvalTimes.Add(Time(() => CountAll(new ApprovalMethod(), proposal, approval, irv)));
        }
        var best = floor.Min();
        output.WriteLine($"{ballots:N0} ballots, {Candidates} candidates, {Houses} houses; best of {runs} run(s), single thread");
        output.WriteLine();
        output.WriteLine($"{"",-3} {"figure",-42} {"cpu s",8} {"ballots/s",14} {"× floor",8}  target");
        Row(output, "F0", "floor: read each ranked ballot once", best, ballots, best, "");
        Row(output, "F1", "first choices only (a plurality count)", plurality.Min(), ballots, best, "(info)");
        var irvPass = irvTimes.Min() <= 5 * best && irvTimes.Min() < 1.0;
        Row(output, "R1", "ranked, one seat (instant runoff)", irvTimes.Min(), ballots, best, $"<= 5.00x and < 1 s: {(irvPass ? "PASS" : "BELOW")}");
        Row(output, "R2", "ranked, three seats (STV)", stvTimes.Min(), ballots, best, "(info)");
        Row(output, "A1", "approval", approvalTimes.Min(), ballots, best, "(info)");
        output.WriteLine();
        output.WriteLine($"house 1 IRV winner: {names[irvWinners![0]]}");
        output.WriteLine("F0: per ballot, its weight made a whole number and every choice looked up (first choices added up)");
        output.WriteLine("F1: as F0 but only the first choice is read");
        output.WriteLine("R1, R2, A1: IVotingMethod.Count over each house's ballots, as a tally runs it; times are the thread's own time on a core");
        return irvPass ? 0 : 3;
    }

    private static void Row(TextWriter o, string id, string label, double seconds, int ballots, double floor, string target) =>
        o.WriteLine($"{id,-3} {label,-42} {seconds,8:0.000} {ballots / seconds,14:N0} {seconds / floor,7:0.00}x  {target}");

    /// <summary>
    /// Seconds the counting thread spent on a core (Linux schedstat, nanosecond resolution): on a shared machine wall
    /// time mostly measures waiting for a core. Falls back to wall time where schedstat is missing.
    /// </summary>
    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        var before = ThreadNanoseconds();
        action();
        var after = ThreadNanoseconds();
        return before is { } b && after is { } a ? (a - b) / 1e9 : watch.Elapsed.TotalSeconds;
    }

    private static long? ThreadNanoseconds()
    {
        const string path = "/proc/thread-self/schedstat";
        return File.Exists(path) && long.TryParse(File.ReadAllText(path).Split(' ')[0], out var ns) ? ns : null;
    }

    private static List<HouseCount> CountAll(IVotingMethod method, Proposal proposal, List<WeightedBallot>[] houses, MethodSettings settings) =>
        houses.Select((ballots, h) => method.Count(new HouseBallots(proposal, $"house-{h}", ballots, settings, new Ratio(1, 2), 0))).ToList();

    /// <summary>The memory-bound floor: every ballot read once (weight, and every choice looked up), first choices counted.</summary>
    private static long Floor(List<WeightedBallot>[] houses, string[] names, bool everyChoice)
    {
        var codes = names.Select((n, i) => KeyValuePair.Create(n, i)).ToFrozenDictionary(StringComparer.Ordinal);
        long check = 0;
        foreach (var house in houses)
        {
            var tally = new long[names.Length];
            foreach (var b in house)
            {
                var w = b.Weight.Denominator.IsOne ? (long)b.Weight.Numerator : 0;
                var choices = b.Ballot.Choices;
                tally[codes[choices[0]]] += w;
                for (var k = 1; everyChoice && k < choices.Count; k++)
                {
                    check += codes[choices[k]];
                }
            }
            check += tally.Max();
        }
        return check;
    }

    /// <summary>The fast count agrees with the RCTab-compatible tabulator on a sample (the figures mean nothing otherwise).</summary>
    private static void Check(Proposal proposal, List<WeightedBallot> house, string[] names, TextWriter progress)
    {
        var sample = house.Take(CheckSample).ToList();
        foreach (var seats in new[] { 1, 3 })
        {
            var settings = new MethodSettings([KeyValuePair.Create(RankedMethod.SeatsSetting, seats.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                KeyValuePair.Create(RankedMethod.TieBreakSetting, "candidate-order")]);
            var ours = RankedCount.Run(names, sample, RankedMethod.Options(settings, proposal.Id));
            var reference = RankedTabulator.Tabulate(
                sample.Select(b => new RankedBallot(b.Ballot.Choices.Select(c => (IReadOnlyList<string>)[c]).ToList())),
                new RankedContest(names, new HashSet<string>()),
                new RankedRules
                {
                    WinnerElectionMode = seats == 1 ? WinnerElectionMode.SingleWinnerMajority : WinnerElectionMode.MultiWinnerAllowMultipleWinnersPerRound,
                    NumberOfWinners = seats, TiebreakMode = TiebreakMode.UseCandidateOrder, NonIntegerWinningThreshold = seats > 1,
                    DecimalPlacesForVoteArithmetic = 10,
                });
            if (!ours.Winners.Order().SequenceEqual(reference.Winners.Order()) || ours.Rounds.Count != reference.Rounds.Count)
            {
                throw new BenchFailure($"{seats} seat(s): the count elected {string.Join(", ", ours.Winners)} in {ours.Rounds.Count} rounds, "
                    + $"the tabulator {string.Join(", ", reference.Winners)} in {reference.Rounds.Count}");
            }
            progress.WriteLine($"  check: {seats} seat(s) on {sample.Count:N0} ballots agrees with the tabulator ({ours.Rounds.Count} rounds)");
        }
    }

    private static List<WeightedBallot>[] Split(List<WeightedBallot> ballots)
    {
        var per = (ballots.Count + Houses - 1) / Houses;
        return Enumerable.Range(0, Houses).Select(h => ballots.Skip(h * per).Take(per).ToList()).ToArray();
    }

    /// <summary>
    /// Voters favour candidates unevenly (weights 10, 9, …, 1), rank 1 to 10 of them (3 on average for ranked ballots)
    /// or approve 1 to 4; the option-name strings are shared, as a fold of cast events would not share them less.
    /// </summary>
    private static List<WeightedBallot> Generate(int count, string[] names, int seed, bool ranked)
    {
        var random = new Random(seed);
        var voter = new Address($"0x{2:x40}");
        var one = new Fraction(1, 1);
        var ballots = new List<WeightedBallot>(count);
        var pool = new List<int>(names.Length);
        for (var i = 0; i < count; i++)
        {
            var length = ranked ? Math.Min(names.Length, 1 + (int)(-Math.Log(1 - random.NextDouble()) * 2.2)) : random.Next(1, 5);
            pool.Clear();
            pool.AddRange(Enumerable.Range(0, names.Length));
            var choices = new string[length];
            for (var k = 0; k < length; k++)
            {
                var total = pool.Sum(c => names.Length - c);
                var pick = random.Next(total);
                var j = 0;
                while (pick >= names.Length - pool[j])
                {
                    pick -= names.Length - pool[j];
                    j++;
                }
                choices[k] = names[pool[j]];
                pool.RemoveAt(j);
            }
            ballots.Add(new WeightedBallot(voter, one, new Ballot(choices)));
        }
        return ballots;
    }
}
