using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Engine.Tests.Log;

public class ReplayProperties
{
    private static readonly string[] People = ["f1", "f2", "f3", "g1", "g2", "g3", "g4", "c1", "c2", "c3", "c4", "c5"];

    /// <summary>One step of a random script: who acts, what they do, and a number to vary it.</summary>
    public sealed record Step(int Who, int What, int N);

    private static PolityEvent? Build(TestNetwork t, Step s)
    {
        var state = t.Network.State;
        var proposal = state.Proposals.Count == 0 ? 1 : 1 + s.N % state.Proposals.Count;
        return (s.What % 9) switch
        {
            0 => new ProposalCreated(s.N % 2 == 0 ? "grant" : "policy", $"Proposal {s.N}", "",
                ProposalOption.YesNo(s.N % 2 == 0 ? [new ProposalAction.Transfer("EUR", 100 + s.N, t.Who(People[s.N % People.Length]), "")] : [new ProposalAction.Signal()]), []),
            1 => new ProposalSubmitted(proposal),
            2 or 3 => new BallotCast(proposal, [new[] { "for", "against", "abstain" }[s.N % 3]]),
            4 => new CommentPosted(proposal, s.N % 2 == 0 ? "comment" : "objection", $"note {s.N}", 0),
            5 => new ProposalQueued(proposal, ["for"], state.Now + state.Proposals.GetValueOrDefault(proposal)?.Rules?.Timelock.Seconds ?? 0),
            6 => new ProposalExecuted(proposal),
            7 => new FundsDeposited("EUR", 1 + s.N, "gift"),
            _ => null,
        };
    }

    /// <summary>Whatever commands run (allowed or refused), replaying the log gives the state the commands built, and verify accepts it.</summary>
    [FsCheck.Xunit.Property(MaxTest = 12)]
    public Property Replaying_the_log_yields_the_state_the_commands_built() =>
        Prop.ForAll(
            (from who in Gen.Choose(0, People.Length - 1)
             from what in Gen.Choose(0, 9)
             from n in Gen.Choose(0, 10_000)
             select new Step(who, what, n)).ListOf().Select(l => l.Take(60).ToList()).ToArbitrary(),
            (List<Step> steps) =>
            {
                Task.Run(async () =>
                {
                    await using var t = await TestNetwork.FoundAsync();
                    foreach (var step in steps)
                    {
                        if (Build(t, step) is { } e)
                        {
                            await t.Network.SubmitAsync(e, t.Keys[People[step.Who]]);
                        }
                        else
                        {
                            await t.Network.SubmitAsync(new ClockAdvanced(Duration.FromDays(1 + step.N % 6).Seconds), t.Keys["operator"]);
                        }
                    }
                    using var replayed = await PolityNetwork.OpenAsync(t.Store, TimeProvider.System);
                    StateDigest.Of(replayed.State).ShouldBe(StateDigest.Of(t.Network.State));
                    var report = await LogVerifier.VerifyAsync(t.Store);
                    report.Ok.ShouldBeTrue(report.Failure?.ToString());
                    StateDigest.Of(report.State!).ShouldBe(StateDigest.Of(t.Network.State));
                }).GetAwaiter().GetResult();
                return true;
            });
}
