using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Events;
using Polity.Core.Simulation;

namespace Polity.Core.Tests.Simulation;

public class CharterReplayProperties : NetworkSpec
{
    private static readonly string[] Voters = ["f1", "f2", "f3", "g1", "g2", "g3", "g4", "c1", "c2", "c3", "c4", "c5"];
    private static readonly string[] Choices = ["for", "against", "abstain"];

    /// <summary>A proposal: grant or policy, each voter's choice (or none), and whether f1 tries to veto.</summary>
    private sealed record Script(bool Grant, int[] Ballots, bool Veto);

    private static Arbitrary<List<Script>> Histories() =>
        (from grant in Gen.Elements(true, false)
         from ballots in Gen.ArrayOf(Gen.Choose(-1, 2), Voters.Length)
         from veto in Gen.Elements(true, false)
         select new Script(grant, ballots, veto)).ListOf().Select(l => l.Take(5).ToList()).ToArbitrary();

    private void Play(List<Script> scripts)
    {
        GivenNetwork();
        foreach (var script in scripts)
        {
            Given(A("g1"), new ProposalCreated(script.Grant ? "grant" : "policy", "P", "", ProposalOption.YesNo([]), []));
            var id = State.Proposals.Count;
            Given(A("g1"), new ProposalSubmitted(id));
            Advance((script.Grant ? 7 : 3) * Day);
            for (var i = 0; i < Voters.Length; i++)
            {
                if (script.Ballots[i] >= 0 && When(A(Voters[i]), new BallotCast(id, [Choices[script.Ballots[i]]])) is { Code: not "not-in-electorate" } refused)
                {
                    throw new InvalidOperationException(refused.Message);
                }
            }
            Advance(5 * Day);
            if (QueueOf(id).Passed.Count > 0 && When(A("g1"), QueueOf(id)) is null && script.Veto && script.Grant)
            {
                Given(A("f1"), new VetoCast(id, "no"));
            }
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property Replaying_under_the_recorded_charter_changes_no_outcome() =>
        Prop.ForAll(Histories(), s =>
        {
            Play(s);
            var report = CharterReplay.Run(Accepted, null);
            return report.ChangedProposals().Count == 0 && report.Proposals.Count == s.Count;
        });

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property Simulating_leaves_the_recorded_history_and_its_state_untouched() =>
        Prop.ForAll(Histories(), s =>
        {
            Play(s);
            var before = Accepted.ToList();
            var state = State;
            var strict = TestCharter.Version(TestCharter.Create(TestCharter.Grant(quorum: "90%"), TestCharter.Policy(), TestCharter.Amend()), "strict");
            CharterReplay.Run(Accepted, strict);
            return Accepted.SequenceEqual(before) && ReferenceEquals(State, state);
        });
}
