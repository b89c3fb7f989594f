using System.Globalization;
using Polity.Core.Events;
using Polity.Core.Primitives;
using Polity.Core.Voting.Ranked;

namespace Polity.Core.Voting;

/// <summary>
/// Ranked choice: instant runoff for one seat, single transferable vote (fractional surplus transfer) for
/// several, with RCTab's ballot-handling options named in the charter. A ballot is a preference order of
/// candidate options; <c>abstain</c> alone abstains; <c>against</c> is not a candidate. The count is
/// exact (<see cref="RankedCount"/>); the winners pass, the house threshold does not apply.
/// </summary>
public sealed class RankedMethod : IVotingMethod
{
    /// <summary>The <c>seats</c> setting.</summary>
    public const string SeatsSetting = "seats";

    /// <summary>The <c>quota</c> setting.</summary>
    public const string QuotaSetting = "quota";

    /// <summary>The <c>tie-break</c> setting.</summary>
    public const string TieBreakSetting = "tie-break";

    /// <summary>The <c>seed</c> setting.</summary>
    public const string SeedSetting = "seed";

    /// <summary>The <c>max-skipped</c> setting.</summary>
    public const string MaxSkippedSetting = "max-skipped";

    /// <summary>The <c>duplicates</c> setting.</summary>
    public const string DuplicatesSetting = "duplicates";

    /// <summary>The <c>batch-elimination</c> setting.</summary>
    public const string BatchEliminationSetting = "batch-elimination";

    /// <summary>The <c>continue-until-two</c> setting.</summary>
    public const string ContinueUntilTwoSetting = "continue-until-two";

    private const string Unlimited = "unlimited";

    /// <inheritdoc />
    public string Name => "ranked";

    /// <inheritdoc />
    public IReadOnlyList<MethodParameter> Parameters { get; } =
    [
        MethodParameter.WholeNumber(SeatsSetting, "seats to fill: 1 is instant runoff, more is single transferable vote", 1, 1, 100),
        MethodParameter.OneOf(QuotaSetting,
            "droop: a candidate is elected on more than votes / (seats + 1); hare: on at least votes / seats", "droop", "hare"),
        MethodParameter.OneOf(TieBreakSetting,
            "previous-round: the candidate lower (or higher) in the latest round where the tied differ, then a seeded draw; "
            + "candidate-order: option order (earlier wins, later is eliminated); random: a seeded draw; permutation: option order shuffled once by the seed",
            "previous-round", "candidate-order", "random", "permutation"),
        new MethodParameter(SeedSetting, "seed of the draw for the previous-round, random and permutation tie-breaks", "the proposal number",
            text => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : "a whole number"),
        new MethodParameter(MaxSkippedSetting,
            "consecutive skipped ranks (written _) a ballot may have before it stops counting at the gap", Unlimited,
            text => text == Unlimited || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0)
                ? null
                : "a whole number from 0, or unlimited"),
        MethodParameter.OneOf(DuplicatesSetting,
            "skip: a candidate ranked again is passed over; exhaust: the ballot stops counting when the count reaches the repeat", "skip", "exhaust"),
        MethodParameter.YesNo(BatchEliminationSetting, "eliminate at once every candidate whose votes together cannot overtake the next one up", false),
        MethodParameter.YesNo(ContinueUntilTwoSetting, "after a one-seat winner, keep eliminating until two candidates remain (the winner does not change)", false),
    ];

    /// <inheritdoc />
    public bool MultipleWinners(MethodSettings settings) => settings.Whole(SeatsSetting, 1) > 1;

    /// <inheritdoc />
    public string? CheckBallot(Ballot ballot, IReadOnlyList<ProposalOption> options, MethodSettings settings)
    {
        if (ballot.Amounts is not null)
        {
            return "a ranked ballot lists options in order of preference, without numbers";
        }
        if (ballot.IsAbstention)
        {
            return null;
        }
        var ranked = 0;
        foreach (var choice in ballot.Choices)
        {
            if (choice == RankedCount.SkippedRank)
            {
                continue;
            }
            if (choice == ProposalOption.Abstain)
            {
                return "abstain is a ballot of its own, not a preference";
            }
            if (choice == ProposalOption.Against)
            {
                return "against is not a candidate: rank only the options you would see elected";
            }
            if (!options.Any(o => o.Name == choice))
            {
                return $"'{choice}' is not an option: expected a preference order of {string.Join(", ", CandidateOptions.Names(options))}";
            }
            ranked++;
        }
        return ranked == 0 ? "a ranked ballot ranks at least one option" : null;
    }

    /// <inheritdoc />
    public HouseCount Count(HouseBallots house)
    {
        var options = house.Options;
        var outcome = RankedCount.Run(CandidateOptions.Names(options), house.Ballots, Options(house.Settings, house.Proposal.Id));
        var final = outcome.FinalTally;
        var support = options.Select(o => o.Name == ProposalOption.Abstain ? outcome.Abstained : final.GetValueOrDefault(o.Name, Fraction.Zero)).ToList();
        var winners = CandidateOptions.OptionIndexes(options, outcome.Winners);
        return new HouseCount(support, outcome.Ranked) { Winners = winners, Detail = new RankedDetail(outcome) };
    }

    /// <summary>The count options a charter's settings describe.</summary>
    public static RankedCountOptions Options(MethodSettings settings, long proposal)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new RankedCountOptions
        {
            Seats = (int)settings.Whole(SeatsSetting, 1),
            HareQuota = settings.Word(QuotaSetting, "droop") == "hare",
            MaxSkipped = settings.Word(MaxSkippedSetting, Unlimited) == Unlimited ? null : (int)settings.Whole(MaxSkippedSetting, 0),
            ExhaustOnDuplicate = settings.Word(DuplicatesSetting, "skip") == "exhaust",
            BatchElimination = settings.Flag(BatchEliminationSetting, false),
            ContinueUntilTwo = settings.Flag(ContinueUntilTwoSetting, false),
            TieBreak = settings.Word(TieBreakSetting, "previous-round") switch
            {
                "candidate-order" => TiebreakMode.UseCandidateOrder,
                "random" => TiebreakMode.Random,
                "permutation" => TiebreakMode.GeneratePermutation,
                _ => TiebreakMode.PreviousRoundCountsThenRandom,
            },
            Seed = settings.Whole(SeedSetting, proposal),
        };
    }
}
