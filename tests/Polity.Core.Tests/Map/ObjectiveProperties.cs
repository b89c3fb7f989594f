using FsCheck;
using FsCheck.Fluent;
using Polity.Core.Map;
using Polity.Core.Primitives;

namespace Polity.Core.Tests.Map;

/// <summary>Progress is an exact share of the way from baseline to target, whichever way the target lies.</summary>
public sealed class ObjectiveProperties
{
    private static Objective With(long baseline, long target, long? report) =>
        new Objective("o", "T", "m", "u", baseline, target, 100, "", 0) with
        {
            Reports = report is { } v ? [new ProgressReport(v, "e", Address.Zero, 1)] : [],
        };

    private static Arbitrary<(long Baseline, long Target, long Value)> Counts() =>
        (from baseline in Gen.Choose(-1_000_000, 1_000_000)
         from target in Gen.Choose(-1_000_000, 1_000_000).Where(t => t != baseline)
         from value in Gen.Choose(-2_000_000, 2_000_000)
         select ((long)baseline, (long)target, (long)value)).ToArbitrary();

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property Progress_is_zero_at_the_baseline_one_at_the_target_and_the_percentage_stays_within_0_to_100() =>
        Prop.ForAll(Counts(), c =>
        {
            var p = With(c.Baseline, c.Target, c.Value).Progress(50);
            var exact = new Fraction(c.Value - c.Baseline, c.Target - c.Baseline);
            return With(c.Baseline, c.Target, null).Progress(50).Share == Fraction.Zero
                && With(c.Baseline, c.Target, c.Target).Progress(50).Met
                && p.Share == exact
                && p.Percent is >= 0 and <= 100
                && p.Met == (exact >= 1)
                && p.Overdue == false
                && With(c.Baseline, c.Target, c.Value).Progress(101).Overdue == !p.Met;
        });
}
