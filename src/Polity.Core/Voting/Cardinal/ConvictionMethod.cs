using System.Numerics;
using Polity.Core.Events;
using Polity.Core.Primitives;

namespace Polity.Core.Voting.Cardinal;

/// <summary>
/// Conviction voting (Commons Stack / 1Hive): voters stake part of their weight on the proposal's first
/// option (<c>for=N</c>) and may change their stake while voting is open. In each house conviction accrues
/// in discrete steps, y(k+1) = α·y(k) + x(k), where x(k) is the stake standing when step k begins and
/// α = 2^(−step/half-life). The option passes in the house when the conviction at the close of voting
/// reaches τ = ρ·S / ((1 − α)·(β − r/R)²): S the house's electorate weight, r what the option's transfers
/// request, R the treasury's balance of that asset when the proposal opened (with several assets, the
/// largest r/R counts). A request of β or more of the pool can never pass. See <see cref="ConvictionMath"/>
/// for the fixed-point rounding.
/// </summary>
public sealed class ConvictionMethod : IVotingMethod
{
    /// <summary>The <c>step</c> setting.</summary>
    public const string StepSetting = "step";

    /// <summary>The <c>half-life</c> setting.</summary>
    public const string HalfLifeSetting = "half-life";

    /// <summary>The <c>max-ratio</c> setting (β).</summary>
    public const string MaxRatioSetting = "max-ratio";

    /// <summary>The <c>weight</c> setting (ρ).</summary>
    public const string WeightSetting = "weight";

    private static readonly Duration DefaultStep = new(3_600);
    private static readonly Duration DefaultHalfLife = Duration.FromDays(3);
    private static readonly Ratio DefaultMaxRatio = new(1, 5);
    private static readonly Ratio DefaultWeight = new(1, 40);

    /// <inheritdoc />
    public string Name => "conviction";

    /// <inheritdoc />
    public IReadOnlyList<MethodParameter> Parameters { get; } =
    [
        MethodParameter.SpanOf(StepSetting, "how often conviction accrues; a stake counts from the first step that begins after it is cast", "1h"),
        MethodParameter.SpanOf(HalfLifeSetting, "time for conviction to fall to half once a stake is withdrawn; sets α = 2^(−step/half-life)", "3d"),
        MethodParameter.ShareOf(MaxRatioSetting, "β: requests of this share of the pool or more can never pass", "20%"),
        MethodParameter.ShareOf(WeightSetting, "ρ: scales the threshold; the smaller, the less conviction a small request needs", "2.5%"),
    ];

    /// <inheritdoc />
    public bool MultipleWinners(MethodSettings settings) => false;

    /// <inheritdoc />
    public bool BallotsMayChange => true;

    /// <inheritdoc />
    public string? CheckBallot(Ballot ballot, IReadOnlyList<ProposalOption> options, MethodSettings settings)
    {
        if (ballot is { IsAbstention: true, Amounts: null })
        {
            return null;
        }
        var adopted = options.FirstOrDefault(o => !o.IsReserved)?.Name ?? "for";
        return ballot is { Choices: [var name], Amounts: [>= 0] } && name == adopted
            ? null
            : $"a conviction ballot stakes part of your weight on '{adopted}': {adopted}=N with N from 0 (withdraw) to your weight";
    }

    /// <inheritdoc />
    public string? CheckStake(Ballot ballot, long weight) =>
        ballot.Amounts is [var stake] && stake > weight ? $"a stake of {stake} is more than your weight of {weight}" : null;

    /// <inheritdoc />
    public HouseCount Count(HouseBallots house)
    {
        var settings = house.Settings;
        var step = settings.Span(StepSetting, DefaultStep).Seconds;
        var alpha = ConvictionMath.AlphaScaled(step, settings.Span(HalfLifeSetting, DefaultHalfLife).Seconds);
        var adopted = HouseElectorate.Adopted(house);
        var electorate = Fraction.Whole(house.Eligible.Values.Sum());
        var requested = Requested(house, adopted);
        var threshold = ConvictionMath.Threshold(
            settings.Share(WeightSetting, DefaultWeight), electorate, alpha, settings.Share(MaxRatioSetting, DefaultMaxRatio), requested);

        var proposal = house.Proposal;
        var start = proposal.VotingStartsAt ?? house.Now;
        var close = house.Close;
        var steps = close <= start ? 0 : (close - start) / step;
        var weights = house.Ballots.ToDictionary(b => b.Voter, b => b.Weight);
        var history = proposal.BallotHistory.Where(c => weights.ContainsKey(c.Voter)).ToList();
        var stakes = new Dictionary<Address, Fraction>();
        var stake = Fraction.Zero;
        var conviction = BigInteger.Zero;
        var curve = new List<ConvictionPoint>();
        var next = 0;
        for (var k = 0L; k < steps; k++)
        {
            var changed = false;
            while (next < history.Count && history[next].At <= start + k * step)
            {
                var cast = history[next++];
                var staked = cast.Ballot.Amounts is [var n] ? Min(n, weights[cast.Voter]) : Fraction.Zero;
                stake += staked - stakes.GetValueOrDefault(cast.Voter, Fraction.Zero);
                stakes[cast.Voter] = staked;
                changed = true;
            }
            if (changed)
            {
                curve.Add(new ConvictionPoint(k, start + k * step, stake, new Fraction(conviction, ConvictionMath.Scale)));
            }
            conviction = ConvictionMath.Step(alpha, conviction, stake);
        }
        var final = new Fraction(conviction, ConvictionMath.Scale);
        curve.Add(new ConvictionPoint(steps, start + steps * step, stake, final));
        var support = new Fraction[house.Options.Count];
        Array.Fill(support, Fraction.Zero);
        support[adopted] = final;
        var passes = threshold is { } tau && final >= tau;
        return new HouseCount(support, threshold ?? Fraction.Zero)
        {
            Winners = passes ? [adopted] : [],
            Detail = new ConvictionDetail(ConvictionMath.Decimal(alpha), step, electorate, requested, threshold, final, curve),
        };
    }

    private static Fraction Min(long n, Fraction weight) => weight < n ? weight : n;

    /// <summary>r/R for the adopted option: the largest over the assets its transfers request, or null if one requests from an empty pool.</summary>
    private static Fraction? Requested(HouseBallots house, int adopted)
    {
        var worst = Fraction.Zero;
        foreach (var asset in house.Options[adopted].Actions.OfType<ProposalAction.Transfer>().GroupBy(t => t.Asset))
        {
            var requested = asset.Aggregate(BigInteger.Zero, (sum, t) => sum + t.Amount);
            var pool = house.Proposal.TreasuryAtSubmission.GetValueOrDefault(asset.Key);
            if (requested.IsZero)
            {
                continue;
            }
            if (pool <= 0)
            {
                return null;
            }
            var share = new Fraction(requested, pool);
            worst = share > worst ? share : worst;
        }
        return worst;
    }
}
